package org.impactsite.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every generated page and the theme's CSS, checked by the Nu HTML Checker (the W3C's validator). */
class ValidityTest {

    /** Collects what the checker reports; warnings are kept apart from errors. */
    static final class Collected implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String file = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    static SimpleDocumentValidator checker(Collected collected) throws Exception {
        SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
        v.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collected);
        v.setUpValidatorAndParsers(collected, false, false);
        return v;
    }

    @Test
    void everyPageOfEveryTestReportIsValidHtml() throws Exception {
        Collected collected = new Collected();
        SimpleDocumentValidator v = checker(collected);
        int checked = 0;
        for (Map.Entry<String, Path> site : PublishedSites.all().entrySet()) {
            for (String page : PublishedSites.pages(site.getValue())) {
                collected.file = site.getKey() + "/" + page;
                v.checkHtmlFile(site.getValue().resolve(page).toFile(), true);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(collected.errors).isEmpty();
    }

    @Test
    void theThemesCssIsValid() throws Exception {
        Collected collected = new Collected();
        SimpleDocumentValidator v = checker(collected);
        Path site = PublishedSites.all().get("example");
        for (String css : List.of("theme/style.css", "theme/accent.css")) {
            collected.file = css;
            v.checkCssFile(site.resolve(css).toFile(), true);
        }
        assertThat(collected.errors).isEmpty();
    }

    @Test
    void theCheckerFindsMistakes() throws Exception {
        Collected collected = new Collected();
        SimpleDocumentValidator v = checker(collected);
        Path bad = PublishedSites.ROOT.resolve("bad.html");
        java.nio.file.Files.createDirectories(PublishedSites.ROOT);
        java.nio.file.Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><p><div></p><img src=a.png>");
        collected.file = "bad.html";
        v.checkHtmlFile(bad.toFile(), true);
        assertThat(collected.errors).isNotEmpty();
    }
}

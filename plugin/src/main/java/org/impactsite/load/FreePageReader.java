package org.impactsite.load;

import java.util.Optional;
import org.impactsite.model.FreePage;
import org.impactsite.model.Markdown;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.KeySchema;

/** A free page from {@code pages/}: front matter (title, summary, order, slug) and Markdown. */
final class FreePageReader {

    /** A page and where its slug comes from. */
    record Read(FreePage page, Location slugAt, String displayPath) {
    }

    private FreePageReader() {
    }

    /** @param name the file's name without {@code .md}, the default slug */
    static Optional<Read> read(SourceText file, String name, Problems problems) {
        Optional<FrontMatter> fm = FrontMatter.split(file, "a page", problems);
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        YamlDoc doc = new YamlDoc(file.displayPath(), fm.get().yamlLine(), file.at(1, 1), problems);
        Optional<YamlMap> top = YamlParser.parse(fm.get().yaml(), doc)
                .flatMap(root -> YamlMap.of(doc, "", root, KeySchema.PAGE));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap t = top.get();
        String title = t.requiredText("title", "every page needs a title: title: About this report");
        String summary = t.text("summary");
        Integer order = YamlValues.integer(t, "order", -9999, 9999,
                "pages are listed by order, smaller first: order: 1");
        Slugs.Slug slug = Slugs.of(t, name, file.at(1, 1), true);
        if (title == null || slug == null) {
            return Optional.empty();
        }
        Markdown body = new Markdown(fm.get().body(), file.file(), file.displayPath(), fm.get().bodyLine());
        return Optional.of(new Read(new FreePage(slug.value(), title, summary, order == null ? 0 : order, body),
                slug.at(), file.displayPath()));
    }
}

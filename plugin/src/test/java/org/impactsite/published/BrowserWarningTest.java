package org.impactsite.published;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a build without the browser says: the browser tests cannot run there, so this runs everywhere. */
class BrowserWarningTest {

    @Test
    void aMachineWithoutTheBrowserOrItsDriverIsToldWhatDidNotRunAndWhatToInstall() {
        assertThat(BrowserTest.missing(true, true)).isEmpty();
        assertThat(BrowserTest.missing(true, false)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("WARNING: chromedriver is missing").contains("apt-get install chromium-driver")
                .contains("accessibility").contains("360 and 1280 px").contains("did not run"));
        assertThat(BrowserTest.missing(false, true)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("WARNING: Chromium is missing").contains("apt-get install chromium)"));
        assertThat(BrowserTest.missing(false, false)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("WARNING: Chromium and chromedriver are missing").contains("apt-get install chromium chromium-driver"));
    }
}

package org.impactsite.publish;

/** Whether this machine can draw the Chinese text of the test projects on social pictures. */
public final class TestFonts {

    private TestFonts() {
    }

    public static boolean chineseInstalled() {
        return new SocialCards.InstalledFonts().familyFor("乡村供水点清洁水").isPresent();
    }
}

package org.impactsite.load;

import org.impactsite.problem.Location;
import org.impactsite.validate.Identifiers;

/** The slug of a case study or a page: {@code slug:} when written, else made from the file's name. */
final class Slugs {

    private Slugs() {
    }

    /** A slug and where it comes from. */
    record Slug(String value, Location at) {
    }

    /**
     * @param fileName  the file's or bundle folder's name without {@code .md}
     * @param fileStart where to report a problem with a slug made from the file's name
     * @param page      whether the slug is a free page's, which must not take the site's own names
     * @return the slug, or null when it is not usable (reported)
     */
    static Slug of(YamlMap top, String fileName, Location fileStart, boolean page) {
        String written = top.text("slug");
        Slug slug;
        if (written != null) {
            if (Identifiers.isTooLong(written)) {
                top.problem("slug", "slug is too long: at most " + Identifiers.MAX_SLUG_LENGTH + " letters and "
                        + Identifiers.MAX_SLUG_BYTES + " bytes (a Chinese character takes 3), got "
                        + written.codePointCount(0, written.length()) + " letters and "
                        + written.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes",
                        "write a shorter slug: it is the case study's address");
                return null;
            }
            if (!Identifiers.isSafeSlug(written)) {
                String better = Identifiers.slugOf(written);
                top.problem("slug", "slug can only hold lower-case letters, digits and hyphens, got \"" + written + "\"",
                        better.isEmpty() ? "for example slug: pets-after-divorce" : "write slug: " + better);
                return null;
            }
            slug = new Slug(written, top.at("slug"));
        } else {
            String made = Identifiers.slugOf(fileName);
            if (made.isEmpty()) {
                top.doc().problems().error(fileStart, "the file name \"" + fileName + "\" gives no usable address",
                        "add a slug with letters or digits, such as slug: pets-after-divorce");
                return null;
            }
            slug = new Slug(made, fileStart);
        }
        if (page && Identifiers.RESERVED_PAGE_SLUGS.contains(slug.value())) {
            top.doc().problems().error(slug.at(), "the page's address \"" + slug.value()
                    + "/\" is taken by the site itself", "give the page another slug, such as slug: about-"
                    + slug.value());
            return null;
        }
        return slug;
    }
}

package org.impactsite.markdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

import org.impactsite.model.Markdown;
import org.impactsite.problem.Problems;
import org.impactsite.reuse.KeptFolder;
import org.impactsite.reuse.KeptValues;

/**
 * Stories (Markdown rendered to HTML) kept between builds (beside the report,
 * {@code target/.impact-site.stories}, or in the machine's shared cache), named by a SHA-256
 * digest of the plugin's version, the page the story is shown on, its heading level, its file
 * (as a path in the project) and line and its text. Only a story
 * that stands alone is kept: one that links to no file of the project (what such a link becomes
 * depends on the other files) and rendered with no problem (a kept story would not report it
 * again). New stories are written to the build's spill folder and kept only once the report is
 * written.
 */
public final class StoryCache {

    private static final int FORMAT = 1;

    private final KeptValues<String> kept;
    private final String code;

    /**
     * @param folder where the stories are kept (its kind: {@code stories})
     * @param code   a digest of the plugin's version
     * @param spill  writes bytes to the build's spill folder and says where
     */
    public static StoryCache in(KeptFolder folder, String code, Function<byte[], Path> spill) {
        return new StoryCache(KeptValues.in(folder, spill, StoryCache::write, StoryCache::read), code);
    }

    private StoryCache(KeptValues<String> kept, String code) {
        this.kept = kept;
        this.code = code;
    }

    /** The story as HTML: the kept one when its text and place are unchanged, else rendered (and kept when it stands alone). */
    public String render(MarkdownRenderer renderer, Markdown md, String sitePagePath, int topLevel, Problems problems) {
        String name = KeptFolder.name(".story", code, sitePagePath, Integer.toString(topLevel), md.displayPath(),
                Integer.toString(md.firstLine()), md.text());
        return kept.get(name, () -> {
            Problems own = new Problems();
            MarkdownRenderer.Rendered story = renderer.rendered(md, sitePagePath, topLevel, own);
            own.all().forEach(problems::add);
            return new KeptValues.Made<>(story.html(), story.standsAlone() && own.all().isEmpty() && keepable(story.html()));
        });
    }

    /** After the report was written: keeps the stories this build rendered; whether it rendered any to keep. */
    public boolean update(Path output) throws IOException {
        return kept.update(output);
    }

    /** A text that UTF-8 gives back as it is (not one with a lone surrogate). */
    private static boolean keepable(String html) {
        return new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(html);
    }

    static byte[] write(String html) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length() + 16);
            DataOutputStream out = new DataOutputStream(bytes);
            byte[] text = html.getBytes(StandardCharsets.UTF_8);
            out.writeInt(FORMAT);
            out.writeInt(text.length);
            out.write(text);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != FORMAT) {
            throw new IOException("another format");
        }
        int n = in.readInt();
        if (n != in.available()) {
            throw new IOException("damaged");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}

package org.impactsite.page;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The theme's {@code <@kept on=card>…</@kept>}: the body's output for an equal {@code on} value
 * at the same place of the same template is made once and written again wherever it recurs
 * (a case study's card on each index page that lists it; in the preview, every card but the
 * edited one). The body must show nothing but its {@code on} value and the report's words,
 * which are the same for a whole build; a template that is not sure leaves the directive out.
 */
final class Fragments implements TemplateDirectiveModel {

    /** Where fragments are kept: by key, made by the function when absent. */
    interface Store {
        String get(List<Object> key, Function<List<Object>, String> make);
    }

    /** A store for one build (the renderer sets a new one for each). */
    static final class PerBuild implements Store {
        private final Map<List<Object>, String> made = new ConcurrentHashMap<>();

        @Override
        public String get(List<Object> key, Function<List<Object>, String> make) {
            String html = made.get(key);
            if (html == null) {
                html = make.apply(key);
                made.put(key, html);
            }
            return html;
        }
    }

    private volatile Store store = new PerBuild();

    void use(Store s) {
        this.store = s;
    }

    /** A template error in the body, carried out of the store's function. */
    private static final class Failed extends RuntimeException {
        Failed(TemplateException cause) {
            super(cause);
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object on = params.get("on");
        if (params.size() != 1 || on == null || loopVars.length != 0) {
            throw new TemplateModelException("kept takes one parameter, on: <@kept on=c>...</@kept>");
        }
        if (body == null) {
            return;
        }
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        List<Object> key = List.of(place.getTemplate().getSourceName(), place.getBeginLine(), place.getBeginColumn(),
                DeepUnwrap.unwrap((TemplateModel) on));
        String html;
        try {
            html = store.get(key, k -> {
                StringWriter out = new StringWriter();
                try {
                    body.render(out);
                } catch (TemplateException e) {
                    throw new Failed(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toString();
            });
        } catch (Failed e) {
            throw (TemplateException) e.getCause();
        }
        env.getOut().write(html);
    }
}

package org.sangsaeng.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * {@link BusinessSummaries} of one kind of object that a module's service loads by id: the module
 * says only how the object reads as a summary.
 */
public abstract class ObjectSummaries<T> implements BusinessSummaries {

    private final String prefix;
    private final LongFunction<T> load;
    private final Function<Collection<Long>, List<Title>> titles;
    private final Messages messages;

    /**
     * @param load the module's service read, which throws {@link NotFoundException} when there is
     *     no such object for this reader
     * @param titles the repository read of {@link #titles}
     */
    protected ObjectSummaries(
            String prefix,
            LongFunction<T> load,
            Function<Collection<Long>, List<Title>> titles,
            Messages messages) {
        this.prefix = prefix;
        this.load = load;
        this.titles = titles;
        this.messages = messages;
    }

    /** The summary of a loaded object, its facts gathered in {@code facts}. */
    protected abstract BusinessSummary summary(T object, SummaryFacts facts);

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessSummaries.byId(titles.apply(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessSummaries.ifFound(() -> load.apply(id))
                .map(object -> summary(object, new SummaryFacts(messages, locale)));
    }
}

package org.dateline.input;

import org.jspecify.annotations.Nullable;

/** A source of exactly one record: a whole-file page, or the reason a file yields none. */
final class SingleEntrySource implements PageSource {
    private @Nullable Entry entry;

    SingleEntrySource(Entry entry) {
        this.entry = entry;
    }

    @Override
    public @Nullable Entry next() {
        Entry e = entry;
        entry = null;
        return e;
    }

    @Override
    public void close() {
        entry = null;
    }
}

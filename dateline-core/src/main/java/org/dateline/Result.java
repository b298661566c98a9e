package org.dateline;

import org.dateline.article.Article;
import org.dateline.page.Outcome;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input record: an article, or the problem that prevented one. Exactly one of
 * the two is present.
 */
public record Result(SourceRef source, @Nullable Article article, @Nullable Problem problem) {
    public Result {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("a result holds an article or a problem, not both or neither");
        }
    }

    static Result of(SourceRef source, Article article) {
        return new Result(source, article, null);
    }

    static Result of(Problem problem) {
        return new Result(problem.source(), null, problem);
    }

    /** OK for an article, else the problem's outcome. */
    public Outcome outcome() {
        return article != null ? Outcome.OK : problem.outcome();
    }
}

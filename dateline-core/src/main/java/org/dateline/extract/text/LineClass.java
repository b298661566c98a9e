package org.dateline.extract.text;

/** What a line (or a paragraph of wrapped lines) of a text dump is. */
public enum LineClass {
    /** The article's headline. */
    HEADLINE,
    /** The summary under the headline (subtitle, dek). */
    STANDFIRST,
    /** An author line: a name, "By …", or the role printed under a name ("Deputy Political Editor"). */
    BYLINE,
    /** The line that carries the publication date ("Friday 25 March 2022 16:04 GMT"). */
    DATELINE,
    /** A paragraph, subheading or list item of the article. */
    BODY,
    /** Everything else: navigation, menus, widgets, captions, prompts, comments, legal lines. */
    BOILERPLATE
}

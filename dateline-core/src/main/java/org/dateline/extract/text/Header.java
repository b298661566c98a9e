package org.dateline.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the header zone of a dump: the few units before the body where a page prints headline,
 * standfirst, byline (name, role) and dateline as short lines without terminal punctuation. Every
 * body filter would drop them, so they are read here, before the body is settled (ALGORITHMS.md
 * §2.2). The byline and dateline are the anchors: the headline and standfirst come before them,
 * the body after them.
 */
final class Header {
    /** How many units before the body are searched. */
    static final int ZONE = 14;
    /** A dateline is a short line: a date, maybe a time, zone, place or "Updated". */
    private static final int MAX_DATELINE_LENGTH = 120;
    private static final int MAX_DATELINE_WORDS = 16;
    private static final int MAX_BYLINE_LENGTH = 100;
    private static final int MIN_TITLE_LENGTH = 15;
    private static final int MAX_TITLE_LENGTH = 250;
    /** Characters of body read for the words the headline shares with it. */
    private static final int LEDE_CHARS = 800;
    /** A headline shares at least this share of its words with the body's first paragraphs... */
    private static final double MIN_TITLE_OVERLAP = 0.3;
    /** ...and this much more than the unit taken by position, to replace it. */
    private static final double TITLE_OVERLAP_MARGIN = 0.1;
    /** How many units after the first anchor are searched for a headline printed under it. */
    private static final int TITLE_AFTER_ANCHOR = 4;
    /** A standfirst is longer than a kicker or a section name. */
    private static final int MIN_STANDFIRST_LENGTH = 50;

    private static final Set<String> DATE_WORDS = Set.of(
            // en
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "updated",
            "published", "posted",
            // de
            "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "aktualisiert", "veröffentlicht",
            // fr
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "publié",
            // es, it, pt, nl
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
            "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
            "novembro", "dezembro", "januari", "februari", "maart", "mei", "augustus");

    private static final Set<String> BY = Set.of("by", "von", "par", "por", "di", "da", "door", "av", "przez",
            "autor", "author", "auteur", "text", "texte", "written");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del", "della",
            "la", "le", "du", "dos", "das", "al", "el", "bin", "ben", "ter", "ten", "y", "zu");
    private static final Set<String> NAME_JOINERS = Set.of("and", "und", "et", "y", "e", "en", "i", "&");
    /** Words of job titles printed under or after a name. */
    private static final Set<String> ROLE_WORDS = Set.of("editor", "correspondent", "reporter", "writer",
            "journalist", "columnist", "contributor", "intern", "staff", "producer", "analyst", "critic", "chief", "senior",
            "political", "economics", "science", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
            "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée",
            "periodista", "redactor", "redactora", "corresponsal", "giornalista", "corrispondente", "inviato",
            "redatora", "repórter", "correspondente", "verslaggever", "redacteur", "news",
            "desk", "bureau", "agency");
    /** Role words that only qualify a job ("Senior", "Science"): alone they name a section, not a role. */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("chief", "senior", "political", "economics", "science",
            "news");

    @Nullable String title;
    @Nullable String standfirst;
    final List<Byline> bylines = new ArrayList<>();
    @Nullable String dateline;
    /** The index after the last header field, or -1 when none was found. */
    int end = -1;

    /**
     * Reads the header of the body starting at unit {@code bodyStart}: datelines and bylines are
     * looked for from the body start backwards (a site's date of today in the top bar is further
     * up), then the headline and standfirst before the first of them.
     */
    static Header read(List<Unit> units, int bodyStart) {
        Header h = new Header();
        int from = Math.max(0, bodyStart - ZONE);
        int to = Math.min(units.size(), bodyStart + 3);
        int first = -1;
        int datelineAt = -1;
        for (int i = to - 1; i >= from; i--) {
            Unit u = units.get(i);
            if (i >= bodyStart && u.kind == Unit.GOOD && u.length > 200) {
                to = i;
                continue;
            }
            boolean published = h.dateline != null && datelineAt - i <= 3 && updateOnly(h.dateline) && !updateOnly(u.text)
                    && hasDay(u.text);
            if ((h.dateline == null || published) && isDateline(u)) {
                if (h.dateline != null) {
                    units.get(datelineAt).result = LineClass.BOILERPLATE; // the time of an update, printed under the first
                }
                h.dateline = u.text;
                u.result = LineClass.DATELINE;
                first = i;
                datelineAt = i;
                h.end = Math.max(h.end, i + 1);
            } else if (h.bylines.isEmpty() && u.result == LineClass.BOILERPLATE) {
                int found = h.byline(units, i, from, to);
                if (found >= 0) {
                    first = found;
                    h.end = Math.max(h.end, i + 1);
                }
            }
        }
        if (h.end >= 0 && h.end > bodyStart) {
            for (int i = bodyStart; i < h.end; i++) {
                if (units.get(i).kind == Unit.GOOD && units.get(i).length > 200) {
                    h.end = -1; // a "date" after real body paragraphs is part of the body
                    break;
                }
            }
        }
        if (h.bylines.isEmpty() && h.dateline != null) {
            h.bylineOfDateline(h.dateline);
        }
        h.title(units, from, first >= 0 ? first : bodyStart);
        if (h.title == null) {
            h.titleAfter(units, first >= 0 ? first + 1 : bodyStart, bodyStart);
        }
        h.matchTitle(units, Math.max(0, bodyStart - 4 * ZONE), Math.max(0, bodyStart - 2 * ZONE), first >= 0 ? first : bodyStart, bodyStart);
        return h;
    }

    /** Words that mark the time of an update rather than of publication. */
    private static final List<String> UPDATE_WORDS = List.of("updated", "modified", "aktualisiert", "mis à jour",
            "actualizado", "aggiornato", "atualizado", "bijgewerkt");

    /**
     * Whether a dateline only gives the time of an update: it has an update word and no publication
     * word. A page that prints the time of publication too prints it just above.
     */
    static boolean updateOnly(String dateline) {
        String t = dateline.toLowerCase(Locale.ROOT);
        boolean update = false;
        for (String w : UPDATE_WORDS) {
            update |= t.contains(w);
        }
        return update && !t.contains("publi") && !t.contains("posted") && !t.contains("veröffentlicht");
    }

    /** Whether a line has a number of one or two digits, such as a day of the month or an hour. */
    private static boolean hasDay(String t) {
        for (int i = 0; i < t.length(); ) {
            if (!Character.isDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i - s <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Finds a byline at unit {@code i} (maybe with the role on the next unit); returns its first index or -1. */
    private int byline(List<Unit> units, int i, int from, int to) {
        return byline(units, i, from, to, false);
    }

    /**
     * The author printed in the dateline itself, before the date ("Eric Berger - Dec 21, 2023",
     * "Mike Coppinger, ESPNDec 22, 2023", glued by the converter) or after "By" ("Aug 12, 2021 | By
     * Klaus Sieg"): read as a byline next to its dateline, with anything after a comma taken for the
     * desk or the role.
     */
    private void bylineOfDateline(String line) {
        String dateline = withoutLinkMarkers(line);
        int by = byWord(dateline);
        String text = by >= 0 ? dateline.substring(by) : dateline;
        int date = dateStart(text, by >= 0 ? 3 : 0);
        text = text.substring(0, date);
        int e = text.length();
        while (e > 0 && !Character.isLetter(text.charAt(e - 1)) && text.charAt(e - 1) != '.') {
            e--;
        }
        if (e < 3) {
            return;
        }
        Unit name = new Unit(text.substring(0, e), false, true);
        char[] c = name.text.toCharArray();
        name.measure(c, c.length, new int[c.length + 2]);
        Unit dated = new Unit(dateline, false, true);
        dated.result = LineClass.DATELINE;
        byline(List.of(name, dated), 0, 0, 1, true);
    }

    /** A line without the link markers of a text browser ("[32]Alice Penrose" reads "Alice Penrose"). */
    static String withoutLinkMarkers(String t) {
        if (t.indexOf('[') < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '[') {
                int j = i + 1;
                while (j < t.length() && Character.isDigit(t.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < t.length() && t.charAt(j) == ']') {
                    i = j;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * The words of a unit without the link markers of a text browser: "[17]Alice Penrose December
     * 22, 2023 [18]Comment" has the six words a converter that does not mark its links prints.
     */
    static int wordsWithoutMarkers(Unit u) {
        String t = u.text;
        if (!u.has('[')) {
            return u.words;
        }
        int markers = 0;
        for (int i = t.indexOf('['); i >= 0; i = t.indexOf('[', i + 1)) {
            int j = i + 1;
            while (j < t.length() && Character.isDigit(t.charAt(j))) {
                j++;
            }
            markers += j > i + 1 && j < t.length() && t.charAt(j) == ']' ? 1 : 0;
        }
        return u.words - markers;
    }

    /** The index of the word "By" (or "by") in a line, or -1. */
    private static int byWord(String t) {
        for (int i = 0; i + 2 < t.length(); i++) {
            if ((t.charAt(i) == 'B' || t.charAt(i) == 'b') && t.charAt(i + 1) == 'y' && t.charAt(i + 2) == ' '
                    && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the date of a dateline starts, from {@code from}: its first digit or date word (month,
     * weekday, "Updated"), also when glued to the word before ("SamDecember"); the length when none.
     */
    private static int dateStart(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isDigit(ch)) {
                return i;
            }
            boolean start = i == 0 || !Character.isLetter(t.charAt(i - 1))
                    || Character.isUpperCase(ch) && Character.isLowerCase(t.charAt(i - 1));
            if (start && Character.isLetter(ch)) {
                int j = i + 1;
                while (j < t.length() && Character.isLetter(t.charAt(j)) && !Character.isUpperCase(t.charAt(j))) {
                    j++;
                }
                if (j - i >= 3 && DATE_WORDS.contains(t.substring(i, j).toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return t.length();
    }

    private int byline(List<Unit> units, int i, int from, int to, boolean lenientRole) {
        Unit u = units.get(i);
        if (i + 1 < to && isByLabel(u.text) && units.get(i + 1).result == LineClass.BOILERPLATE) {
            return bylineUnderLabel(units, i, to);
        }
        if (u.text.length() > MAX_BYLINE_LENGTH || u.sentenceEnd && wordsWithoutMarkers(u) > 6) {
            return -1;
        }
        String[] words = words(withoutLinkMarkers(u.text));
        int start = 0;
        boolean prefixed = false;
        String w0 = strip(words[0]).toLowerCase(Locale.ROOT);
        if (BY.contains(w0) && words.length > 1) {
            start = 1;
            prefixed = true;
            if (w0.equals("written") && words.length > 2 && strip(words[1]).equalsIgnoreCase("by")) {
                start = 2;
            }
        } else if (words[0].length() > 2 && words[0].startsWith("By") && Character.isUpperCase(words[0].charAt(2))) {
            // a text browser glues "By" to a linked name: "ByThe Associated Press"
            words[0] = words[0].substring(2);
            prefixed = true;
        }
        // the names, up to a separator; after it, the role
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int k = start;
        int tokens = 0;
        for (; k < words.length; k++) {
            String w = words[k];
            boolean ends = w.endsWith(",") || w.endsWith("|") && w.length() > 1;
            String core = strip(w);
            if (w.equals("|") || w.equals("-") || w.equals("–") || w.equals("—")) {
                k++;
                break;
            }
            if (NAME_JOINERS.contains(core.toLowerCase(Locale.ROOT)) && name.length() > 0) {
                names.add(name.toString());
                name.setLength(0);
                tokens = 0;
                continue;
            }
            int glued = gluedAt(core);
            if (glued > 0) {
                core = core.substring(0, glued);
            }
            if (name.length() > 0 && endsName(core) || !isNameToken(core)) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(core);
            tokens++;
            if (tokens > 4) {
                return -1;
            }
            if (glued > 0) {
                names.add(name.toString());
                name.setLength(0);
                k++;
                break;
            }
            if (ends) {
                names.add(name.toString());
                name.setLength(0);
                tokens = 0;
                if (!prefixed || isRoleStart(words, k + 1)) {
                    k++;
                    break;
                }
            }
        }
        if (name.length() > 0) {
            names.add(name.toString());
        }
        if (names.isEmpty() || !prefixed && isRole(u.text, true)) {
            return -1;
        }
        for (String n : names) {
            if (!prefixed && n.indexOf(' ') < 0) {
                return -1; // a lone capitalised word is no byline without "By"
            }
        }
        String role = k < words.length ? String.join(" ", Arrays.copyOfRange(words, k, words.length)) : null;
        if (role != null && !prefixed && !lenientRole && !isRole(role)) {
            return -1;
        }
        int first = i;
        if (!prefixed) {
            // a bare name is a byline only next to its role or the dateline
            boolean roleNext = i + 1 < to && units.get(i + 1).result == LineClass.BOILERPLATE && isRole(units.get(i + 1).text);
            boolean dateNear = (i + 1 < units.size() && units.get(i + 1).result == LineClass.DATELINE)
                    || (i + 2 < units.size() && roleNext && isDateline(units.get(i + 2)))
                    || (i > from && units.get(i - 1).result == LineClass.DATELINE);
            if (!roleNext && !dateNear && role == null) {
                return -1;
            }
            if (roleNext && role == null) {
                role = units.get(i + 1).text;
                units.get(i + 1).result = LineClass.BYLINE;
            }
        } else if (role == null && i + 1 < to && units.get(i + 1).result == LineClass.BOILERPLATE
                && isRole(units.get(i + 1).text)) {
            role = units.get(i + 1).text;
            units.get(i + 1).result = LineClass.BYLINE;
        }
        for (String n : names) {
            bylines.add(new Byline(n, role));
        }
        units.get(i).result = LineClass.BYLINE;
        return first;
    }

    /**
     * A line that only announces the byline under it: "By", "Author", "Commentary by" (a page prints
     * the word and links the name, which the converter puts on a line of its own).
     */
    static boolean isByLabel(String text) {
        String stripped = text.strip();
        if (hasMoreWords(stripped, 3)) {
            return false; // a line of body or a headline: not split into words
        }
        String[] words = words(stripped);
        String last = strip(words[words.length - 1]).toLowerCase(Locale.ROOT);
        return BY.contains(last) && (words.length == 1
                || last.equals("by") && !SPONSOR_WORDS.contains(strip(words[0]).toLowerCase(Locale.ROOT)));
    }

    /** The first words of labels over a sponsor, not an author ("Sponsored by", "Supported by"). */
    private static final Set<String> SPONSOR_WORDS = Set.of("sponsored", "supported", "presented", "powered",
            "brought", "funded", "paid");

    /** The byline on the unit after a {@link #isByLabel label} at {@code i}, read as if prefixed; its first index or -1. */
    private int bylineUnderLabel(List<Unit> units, int i, int to) {
        Unit next = units.get(i + 1);
        Unit joined = new Unit("By " + next.text, false, true);
        char[] c = joined.text.toCharArray();
        joined.measure(c, c.length, new int[c.length + 2]);
        List<Unit> pair = new ArrayList<>(List.of(joined));
        if (i + 2 < to) {
            pair.add(units.get(i + 2));
        }
        int found = byline(pair, 0, 0, pair.size(), false);
        if (found < 0) {
            return -1;
        }
        units.get(i).result = LineClass.BYLINE;
        next.result = LineClass.BYLINE;
        return i;
    }

    private static boolean isRoleStart(String[] words, int k) {
        return k < words.length && ROLE_WORDS.contains(strip(words[k]).toLowerCase(Locale.ROOT));
    }

    /** A job title: a few words without digits, one of them a role word other than a qualifier. */
    static boolean isRole(String text) {
        return isRole(text, false);
    }

    /** A few words without digits, one of them a role word, a qualifier too with {@code qualifiers}. */
    private static boolean isRole(String text, boolean qualifiers) {
        if (text.length() > 60) {
            return false;
        }
        String[] words = words(text);
        if (words.length > 6) {
            return false;
        }
        boolean roleWord = false;
        for (String w : words) {
            String core = strip(w).toLowerCase(Locale.ROOT);
            for (int i = 0; i < core.length(); i++) {
                if (Character.isDigit(core.charAt(i))) {
                    return false;
                }
            }
            roleWord |= ROLE_WORDS.contains(core) && (qualifiers || !ROLE_QUALIFIERS.contains(core));
        }
        return roleWord;
    }

    /**
     * Where a name word runs into the next word without a space ("CortinaWriter", "WalshDecember"),
     * as a converter glues a linked name to the role or date after it: the capital after four or
     * more small letters; 0 when there is none ("McEntyre", "MacDonald", "DeShawn" are names).
     */
    static int gluedAt(String w) {
        int small = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && small >= 4) {
                return i;
            }
            small = Character.isLowerCase(c) ? small + 1 : 0;
        }
        return 0;
    }

    /** A word after a name that is no part of it: a month or weekday ("Alice Penrose December 21"), "Date". */
    private static boolean endsName(String w) {
        String t = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        t = t.toLowerCase(Locale.ROOT);
        return !t.equals("may") && (DATE_WORDS.contains(t) || t.equals("date"));
    }

    /** A capitalised name word, an initial ("J."), or a particle ("van", "de"). */
    private static boolean isNameToken(String w) {
        if (w.isEmpty()) {
            return false;
        }
        if (PARTICLES.contains(w)) {
            return true;
        }
        if (!Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of {@code text} between runs of whitespace, exactly as {@code text.split("\\s+")}
     * gives them (a leading empty string when it starts with whitespace, no trailing ones), without
     * compiling a pattern per call.
     */
    static String[] words(String text) {
        return firstWords(text, Integer.MAX_VALUE).toArray(new String[0]);
    }

    /** Whether {@link #words} of {@code text} are more than {@code max}, counted without splitting it. */
    static boolean hasMoreWords(String text, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord && ++words > max) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }

    /** The whitespace of {@code \s} in a Java pattern: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Verbs that follow the name at the start of an author's biography ("Alice Penrose is …", "… covers …"). */
    private static final Set<String> BIO_VERBS = Set.of("is", "was", "writes", "covers", "has", "joined", "reports",
            "ist", "schreibt", "est", "écrit", "es", "escribe", "è", "scrive", "é", "escreve");

    /**
     * Whether a unit is the biography of one of the page's authors, as printed in a box after the
     * article: it opens with words of a byline's name and a verb of being or writing ("Alice Penrose
     * is a reporter at …", "Alice covers science for …").
     */
    static boolean authorBio(Unit u, List<Byline> bylines) {
        return authorBio(u, bylineNames(bylines));
    }

    /**
     * {@link #authorBio(Unit, List)} with the bylines' {@link #bylineNames}, gathered once for all
     * the units of a dump.
     */
    static boolean authorBio(Unit u, Set<String> names) {
        if (names.isEmpty() || u.words < 4) {
            return false;
        }
        // the bio's verb comes within the first five words: the rest of the unit is not split
        List<String> words = firstWords(u.text, 5);
        int k = 0;
        while (k < Math.min(words.size(), 4) && names.contains(strip(words.get(k)))) {
            k++;
        }
        return k > 0 && k < words.size() && BIO_VERBS.contains(words.get(k));
    }

    /** The capitalised words of the bylines' names, without punctuation, that open an author's biography. */
    static Set<String> bylineNames(List<Byline> bylines) {
        if (bylines.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (Byline b : bylines) {
            for (String w : words(b.name())) {
                String core = strip(w);
                if (core.length() > 1 && Character.isUpperCase(core.charAt(0))) {
                    names.add(core);
                }
            }
        }
        return names;
    }

    /**
     * The first {@code max} of {@link #words} of {@code text} (all of them when fewer), the same
     * strings, without splitting the rest of the text.
     */
    static List<String> firstWords(String text, int max) {
        List<String> words = new ArrayList<>(Math.min(max, 16) + 1);
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (isRegexSpace(text.charAt(i))) {
                int j = i + 1;
                while (j < n && isRegexSpace(text.charAt(j))) {
                    j++;
                }
                words.add(text.substring(from, i));
                from = j;
                i = j - 1;
                if (words.size() == max && from < n) {
                    return words; // a word follows: none of these is a trailing empty one
                }
            }
        }
        if (words.isEmpty()) {
            return List.of(text); // no whitespace: the text is the one word, even when empty
        }
        words.add(text.substring(from, n));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--;
        }
        return words.subList(0, Math.min(size, max));
    }

    /** A word without surrounding punctuation. */
    private static String strip(String w) {
        int s = 0;
        int e = w.length();
        if (w.startsWith("[")) {
            // a text browser's link marker before the word: "[13]Corey"
            int close = 1;
            while (close < e && Character.isDigit(w.charAt(close))) {
                close++;
            }
            s = close > 1 && close < e && w.charAt(close) == ']' ? close + 1 : 0;
        }
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1)) && w.charAt(e - 1) != '.') {
            e--;
        }
        return w.substring(s, e);
    }

    /**
     * A short line with a year (1900–2099) and a month or weekday name, a time, or a numeric date
     * ("25.03.2022", "2022-03-25", "3/25/2022").
     */
    static boolean isDateline(Unit u) {
        String t = u.text;
        int words = wordsWithoutMarkers(u);
        if (t.length() > MAX_DATELINE_LENGTH || words > MAX_DATELINE_WORDS || u.sentenceEnd && words > 8) {
            return false;
        }
        int n = t.length();
        boolean year = false;
        boolean numericDate = false;
        boolean time = false;
        for (int i = 0; i < n; ) {
            if (!Character.isDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isDigit(t.charAt(i))) {
                i++;
            }
            int len = i - s;
            boolean bounded = (s == 0 || !Character.isLetter(t.charAt(s - 1))) && (i == n || !Character.isLetter(t.charAt(i)));
            if (len == 4 && bounded && (t.startsWith("19", s) || t.startsWith("20", s))) {
                year = true;
            }
            if (i < n - 1 && (len == 1 || len == 2) && t.charAt(i) == ':' && Character.isDigit(t.charAt(i + 1))) {
                time = true;
            }
            if (i < n - 1 && len <= 4 && (t.charAt(i) == '.' || t.charAt(i) == '/' || t.charAt(i) == '-')
                    && Character.isDigit(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isDigit(t.charAt(j))) {
                    j++;
                }
                if (j < n - 1 && j - i - 1 <= 2 && t.charAt(j) == t.charAt(i) && Character.isDigit(t.charAt(j + 1))) {
                    numericDate = true;
                }
            }
        }
        if (!year) {
            return false;
        }
        if (numericDate || time) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            // a converter glues a date word to the name before it: "Alice PenroseDecember 21"
            while (i < n && Character.isLetter(lower.charAt(i))
                    && !(i > s && Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1)))) {
                i++;
            }
            if (i - s >= 3 && DATE_WORDS.contains(lower.substring(s, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline and standfirst: the run of title-like units just before the first anchor. With
     * two or more, the last is the standfirst when it is long enough to be one.
     */
    private void title(List<Unit> units, int from, int anchor) {
        int last = anchor - 1;
        while (last >= from && !titleLike(units.get(last))) {
            if (units.get(last).result != LineClass.BOILERPLATE || anchor - last > 4) {
                break;
            }
            last--;
        }
        if (last < from || !titleLike(units.get(last))) {
            return;
        }
        int first = last;
        while (first - 1 >= from && titleLike(units.get(first - 1))) {
            first--;
        }
        Unit t = units.get(last);
        // a unit that repeats the last one is a breadcrumb trail ending in the headline ("Home > News > Headline")
        if (last > first && t.text.length() >= MIN_STANDFIRST_LENGTH && !units.get(last - 1).text.contains(t.text)) {
            standfirst = t.text;
            t.result = LineClass.STANDFIRST;
            t = units.get(last - 1);
        }
        title = t.text;
        t.result = LineClass.HEADLINE;
        end = Math.max(end, last + 1);
    }

    /**
     * The headline printed after the first anchor (a dateline or byline over the headline), or at
     * the body start when the body run took it in: the first title-like unit of the next few, when
     * it shares enough of its words with the paragraphs after it; the standfirst is the long
     * title-like unit right after it, if any.
     */
    private void titleAfter(List<Unit> units, int from, int bodyStart) {
        int to = Math.min(units.size() - 1, Math.min(from + TITLE_AFTER_ANCHOR, bodyStart + 2));
        for (int i = from; i < to; i++) {
            Unit u = units.get(i);
            if (u.kind == Unit.GOOD && u.length > 200) {
                return;
            }
            if (!titleLike(u) || u.text.endsWith(".")) {
                continue; // a sentence under the anchor is a lede or a note, not a headline
            }
            Set<String> own = contentWords(u);
            Set<String> lede = lede(units, i + 1, own);
            if (lede == null || overlap(own, lede) < MIN_TITLE_OVERLAP) {
                return;
            }
            title = u.text;
            u.result = LineClass.HEADLINE;
            end = Math.max(end, i + 1);
            Unit next = units.get(i + 1);
            if (titleLike(next) && next.text.length() >= MIN_STANDFIRST_LENGTH && i + 1 <= bodyStart) {
                standfirst = next.text;
                next.result = LineClass.STANDFIRST;
                end = Math.max(end, i + 2);
            }
            return;
        }
    }

    /**
     * The words of {@code wanted} among the content words of the first {@link #LEDE_CHARS}
     * characters of prose from unit {@code from} (all that {@link #overlap} needs of them for units
     * whose words are wanted), or {@code null} when that prose has no content word. The prose's
     * words are looked up in {@code wanted} without a String of each.
     */
    private static @Nullable Set<String> lede(List<Unit> units, int from, Set<String> wanted) {
        Wanted lookup = new Wanted(wanted);
        Set<String> lede = new HashSet<>();
        boolean[] any = {false};
        int chars = 0;
        for (int i = from; i < units.size() && chars < LEDE_CHARS; i++) {
            Unit u = units.get(i);
            if (u.kind >= Unit.NEAR_GOOD && u.result == LineClass.BOILERPLATE) {
                longWords(u, (t, s, e, ascii) -> {
                    String w = ascii ? lookup.find(t, s, e) : lookup.find(new String(t, s, e - s).toLowerCase(Locale.ROOT));
                    // whether a word is a stop word matters only for one that is wanted, or for the first
                    if ((w != null || !any[0]) && content(u, t, s, e)) {
                        any[0] = true;
                        if (w != null) {
                            lede.add(w);
                        }
                    }
                });
                chars += u.text.length();
            }
        }
        return any[0] ? lede : null;
    }

    /** Lower-cased words, looked up by the characters of a word as well as by a String. */
    private static final class Wanted {
        private final Set<String> words;
        private final String[] table;
        private final int mask;

        Wanted(Set<String> words) {
            this.words = words;
            this.table = new String[Integer.highestOneBit(Math.max(1, words.size()) * 4)];
            this.mask = table.length - 1;
            for (String w : words) {
                int slot = spread(w.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = w;
            }
        }

        /** The word among these that the ASCII letters {@code t[s, e)} spell, ignoring case, or {@code null}. */
        @Nullable String find(char[] t, int s, int e) {
            int hash = 0; // String.hashCode of the lower-cased word
            for (int i = s; i < e; i++) {
                hash = 31 * hash + (t[i] | 0x20);
            }
            for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
                String w = table[slot];
                if (w.length() == e - s && w.hashCode() == hash && sameAsciiLowerCase(w, t, s)) {
                    return w;
                }
            }
            return null;
        }

        /** {@code word} if it is among these, else {@code null}. */
        @Nullable String find(String word) {
            return words.contains(word) ? word : null;
        }

        private static boolean sameAsciiLowerCase(String w, char[] t, int s) {
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) != (t[s + i] | 0x20)) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    /**
     * The headline as the body tells it: when another title-like unit before the anchor shares
     * clearly more of its words with the first paragraphs of the body than the unit taken by
     * position (a disclaimer, a caption or a kicker often sits between headline and body), it is
     * the headline, and the standfirst is the long title-like unit right after it, if any. Units
     * from {@code far} up to {@code from} are candidates only on a page where no headline was
     * found: there a photo, a video box or a newsletter form may push the headline far up.
     */
    private void matchTitle(List<Unit> units, int far, int from, int anchor, int bodyStart) {
        if (bodyStart < 0 || bodyStart >= units.size()) {
            return;
        }
        // the candidates first: without one there is nothing to match, and no lede to read
        // a headline may stand under the anchor too: a few units after it, not a sentence nor a link
        int limit = Math.max(anchor, Math.min(bodyStart, anchor + 1 + TITLE_AFTER_ANCHOR));
        int[] candidates = new int[Math.max(0, limit - far)];
        int n = 0;
        for (int i = far; i < limit; i++) {
            Unit u = units.get(i);
            boolean under = i >= anchor;
            if (!under && (u.result == LineClass.HEADLINE || u.result == LineClass.STANDFIRST || titleLike(u))
                    || under && titleLike(u) && !u.text.endsWith(".") && withoutLinkMarkers(u.text).equals(u.text)) {
                candidates[n++] = i;
            }
        }
        if (n == 0) {
            return;
        }
        List<Set<String>> own = new ArrayList<>(n);
        Set<String> wanted = new HashSet<>();
        for (int c = 0; c < n; c++) {
            own.add(contentWords(units.get(candidates[c])));
            wanted.addAll(own.get(c));
        }
        Set<String> lede = lede(units, bodyStart, wanted);
        if (lede == null) {
            return;
        }
        int current = -1;
        double currentScore = 0;
        for (int c = 0; c < n; c++) {
            if (units.get(candidates[c]).result == LineClass.HEADLINE) {
                current = candidates[c];
                currentScore = overlap(own.get(c), lede);
            }
        }
        int best = -1;
        double bestScore = 0;
        double bestRank = -1;
        for (int c = 0; c < n; c++) {
            int i = candidates[c];
            Unit u = units.get(i);
            if ((u.result == LineClass.STANDFIRST || i >= anchor) && currentScore >= MIN_TITLE_OVERLAP) {
                continue; // the lines under a headline the body retells are its standfirst, captions, credits
            }
            if (i < from && (current >= 0 || u.text.endsWith(".") || !withoutLinkMarkers(u.text).equals(u.text))) {
                continue; // far above the body only the headline of a page where none was found
            }
            double score = overlap(own.get(c), lede);
            // a standfirst retells the body more than its headline does: it must beat the other candidates clearly
            double rank = score - (u.result == LineClass.STANDFIRST ? TITLE_OVERLAP_MARGIN : 0);
            if (rank >= bestRank) { // ties go to the unit nearer the body
                best = i;
                bestScore = score;
                bestRank = rank;
            }
        }
        if (best < 0 || best == current || bestScore < MIN_TITLE_OVERLAP || bestScore < currentScore + TITLE_OVERLAP_MARGIN) {
            return;
        }
        for (int i = far; i < limit; i++) {
            Unit u = units.get(i);
            if (u.result == LineClass.HEADLINE || u.result == LineClass.STANDFIRST) {
                u.result = LineClass.BOILERPLATE;
            }
        }
        Unit t = units.get(best);
        title = t.text;
        standfirst = null;
        t.result = LineClass.HEADLINE;
        if (best + 1 < Math.max(anchor, bodyStart) && titleLike(units.get(best + 1)) && units.get(best + 1).text.length() >= MIN_STANDFIRST_LENGTH) {
            standfirst = units.get(best + 1).text;
            units.get(best + 1).result = LineClass.STANDFIRST;
        }
        end = Math.max(end, best + 1);
    }

    /** The share of a unit's content words {@code own} that are among {@code words}. */
    private static double overlap(Set<String> own, Set<String> words) {
        if (own.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : own) {
            shared += words.contains(w) ? 1 : 0;
        }
        return (double) shared / own.size();
    }

    /** The lower-cased words of four or more letters of a unit that are not stop words of its language. */
    static Set<String> contentWords(Unit u) {
        Set<String> words = new HashSet<>();
        contentWords(u, words::add);
        return words;
    }

    /** Hands {@code into} the lower-cased words of four or more letters of a unit that are not stop words of its language. */
    static void contentWords(Unit u, java.util.function.Consumer<String> into) {
        longWords(u, (t, s, e, ascii) -> {
            if (content(u, t, s, e)) {
                into.accept(ascii ? asciiLowerCase(t, s, e) : new String(t, s, e - s).toLowerCase(Locale.ROOT));
            }
        });
    }

    /** Receives words as the letters {@code t[s, e)}, and whether they are all ASCII. */
    private interface WordVisitor {
        void word(char[] t, int s, int e, boolean ascii);
    }

    /** Hands {@code visitor} the words of four or more letters of a unit, as they are (not lower-cased). */
    private static void longWords(Unit u, WordVisitor visitor) {
        char[] t = u.text.toCharArray();
        for (int i = 0; i < t.length; ) {
            if (!isLetter(t[i])) {
                i++;
                continue;
            }
            int s = i;
            boolean ascii = true;
            while (i < t.length && isLetter(t[i])) {
                ascii &= t[i] < 128;
                i++;
            }
            if (i - s >= 4) {
                visitor.word(t, s, i, ascii);
            }
        }
    }

    /** Whether the word {@code t[s, e)} of a unit is no stop word of its language. */
    private static boolean content(Unit u, char[] t, int s, int e) {
        return u.language < 0 || (org.dateline.extract.StopWords.languagesOf(t, s, e) & (1 << u.language)) == 0;
    }

    /** {@link Character#isLetter(char)}, with a fast path for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** The ASCII letters {@code t[s, e)} lower-cased, as {@link String#toLowerCase(Locale)} with the root locale would. */
    private static String asciiLowerCase(char[] t, int s, int e) {
        byte[] b = new byte[e - s];
        for (int i = s; i < e; i++) {
            b[i - s] = (byte) (t[i] | 0x20);
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A line that could be a headline: a few words of text, not a list item, widget or sentence of body. */
    private static boolean titleLike(Unit u) {
        int len = u.text.length();
        return u.result == LineClass.BOILERPLATE && !u.bullet && len >= MIN_TITLE_LENGTH && len <= MAX_TITLE_LENGTH
                && u.words >= 3 && !(u.has('[') && Cues.hasFormWidget(u.text)) && !isDateline(u) && !Cues.credit(u.text)
                && (u.words >= 6 || !(u.stopDensity() == 0));
    }
}

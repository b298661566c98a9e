package org.dateline.extract.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Lexical cues of page chrome that survive flattening to text: legal lines, share and prompt words,
 * form widgets, and the headings that end an article (comments, related stories). The lists are
 * generic web vocabulary in the languages of {@link org.dateline.extract.StopWords} (and Czech,
 * Japanese, Chinese and Korean where a word is unambiguous), after trafilatura's share-word filter,
 * C4's policy phrases and boilerpipe's terminating blocks (ALGORITHMS.md §1.12, §2.2, §2.3), not
 * phrases of particular sites.
 */
final class Cues {
    /** Chrome cues are only read in units this short: longer text is judged as prose. */
    static final int MAX_CUE_LENGTH = 100;
    /** Cookie and consent banners are fluent prose, so the policy phrases apply to longer units. */
    static final int MAX_POLICY_LENGTH = 400;

    /** Always chrome, at any length up to {@link #MAX_POLICY_LENGTH}. */
    private static final String[] POLICY = {
        "©", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
        "privacy policy", "cookie policy", "terms of use", "terms of service", "terms and conditions",
        "uses cookies", "use cookies", "use of cookies", "cookies to", "verwendet cookies", "nutzt cookies",
        "utilise des cookies", "utilizamos cookies", "utilizza cookie", "datenschutzerklärung",
    };

    /** Chrome in a short unit that is not a sentence. */
    private static final String[] PROMPTS = {
        "sign up", "sign in", "log in", "login", "logged in", "register", "subscribe", "subscription", "newsletter",
        "share", "tweet", "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "telegram", "e-mail", "email",
        "print", "advertisement", "advertising", "sponsored", "read more", "read next", "click here", "follow us", "skip to",
        "menu", "search", "loading", "download the app", "notifications", "cookie", "javascript", "your browser",
        "ihr browser", "votre navigateur",
        "anmelden", "abonnieren", "teilen", "drucken", "anzeige", "werbung", "weiterlesen", "mehr lesen",
        "suche", "startseite", "s'abonner", "abonnez", "connexion", "partager", "imprimer", "publicité",
        "lire la suite", "rechercher", "accueil", "suscríbete", "compartir", "publicidad", "leer más",
        "buscar", "iniciar sesión", "condividi", "abbonati", "pubblicità", "leggi anche", "cerca",
        "partilhar", "compartilhar", "assine", "publicidade", "delen", "inloggen", "zoeken", "advertentie",
        "udostępnij", "reklama", "zaloguj", "zapisz się", "subskrybuj", "szukaj", "czytaj też", "czytaj także",
        "czytaj również", "czytaj więcej", "zobacz też", "zobacz także",
        "поделиться", "реклама", "войти", "подпишитесь", "подписаться", "поиск", "читайте также", "читать далее",
        "sdílet", "přihlásit", "odebírat", "hledat",
        "シェア", "ツイート", "広告", "ログイン", "続きを読む", "分享到", "广告", "廣告", "登录", "登入", "订阅", "訂閱",
        "공유하기", "광고", "로그인", "구독하기",
    };

    /** A short unit with one of these ends the article once some body has been read: its comments. */
    private static final String[] COMMENT_TERMINATORS = {
        "comment", "kommentar", "commentaire", "comentario", "commenti", "commento", "comentário", "reacties",
        "leave a reply", "komentarz", "комментари", "komentář", "コメント", "评论", "評論", "댓글",
    };
    /** A short unit with one of these ends the article once some body has been read: other stories. */
    private static final String[] TERMINATORS = {
        "related", "more from", "more stories", "more on this", "you may also like",
        "you might also like", "recommended", "most popular", "most read", "trending", "mehr zum thema",
        "das könnte sie auch interessieren", "meistgelesen", "sur le même sujet", "les plus lus",
        "te puede interesar", "lo más leído", "ti potrebbe interessare", "i più letti", "leia também",
        "mais lidas", "meer nieuws", "powiązane", "polecane", "najczęściej czytane", "najpopularniejsze",
        "материалы по теме", "похожие", "самое читаемое", "самое популярное", "související", "nejčtenější",
        "právě se děje", "関連記事", "関連ニュース", "相关阅读", "相關閱讀", "相关文章", "相關文章", "相关新闻", "相關新聞",
        "延伸閱讀", "推荐阅读", "推薦閱讀", "관련 기사", "관련기사", "많이 본",
    };

    private Cues() {
    }

    /** Bits of {@link #at}: which lists have a phrase in a unit. */
    static final int POLICY_CUE = 1;
    static final int PROMPT_CUE = 2;
    static final int TERMINATOR_CUE = 4;
    /** With {@link #TERMINATOR_CUE}: the terminator heads comments, which speak of the story too. */
    static final int COMMENT_CUE = 8;

    /** All phrases, and the policy phrases alone (all that {@link #read} asks of a longer unit or a sentence). */
    private static final Index INDEX = new Index(new String[][] {POLICY, PROMPTS, TERMINATORS, COMMENT_TERMINATORS},
            new int[] {POLICY_CUE, PROMPT_CUE, TERMINATOR_CUE, TERMINATOR_CUE | COMMENT_CUE});
    private static final Index POLICY_INDEX = new Index(new String[][] {POLICY}, new int[] {POLICY_CUE});

    /** Whether units of length {@code n} are searched for phrases ({@link #at} is not asked for the others). */
    static boolean scans(int n) {
        return n <= MAX_POLICY_LENGTH;
    }

    /**
     * Whether {@link #read} reads the prompts and terminators of a unit of {@code n} characters and
     * {@code words} words: only in a short one that is no sentence of several words.
     */
    static boolean readsPrompts(int n, boolean sentenceEnd, int words) {
        return n <= MAX_CUE_LENGTH && !(sentenceEnd && words > 3);
    }

    /**
     * Which lists have a phrase at {@code t[i]} ({@link #POLICY_CUE}, {@link #PROMPT_CUE}, {@link
     * #TERMINATOR_CUE}), ignoring case, for callers that walk the characters themselves ({@link
     * Unit#measure}) and ask at word starts and non-letters; with {@code prompts} false, the policy
     * phrases only.
     */
    static int at(char[] t, int n, int i, boolean prompts) {
        return (prompts ? INDEX : POLICY_INDEX).at(t, n, i);
    }

    /**
     * Whether some phrase (with {@code prompts} false, some policy phrase) may start with {@code c},
     * ignoring case: where {@link #at} can be nonzero.
     */
    static boolean mayStart(char c, boolean prompts) {
        String firsts = (prompts ? INDEX : POLICY_INDEX).firsts;
        for (int i = 0; i < firsts.length(); i++) {
            char p0 = firsts.charAt(i);
            if (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) == p0 : p0 >= 128 && (c == p0 || Character.toLowerCase(c) == p0)) {
                return true;
            }
        }
        return false;
    }

    /** Sets {@link Unit#chrome} and {@link Unit#terminator} from what the unit says ({@link Unit#cues}). */
    static void read(Unit u) {
        String text = u.text;
        if (teaser(text) || imageFile(text)) {
            u.chrome = true;
            return;
        }
        boolean cookie = u.has('k') && consent(text);
        if (text.length() > MAX_POLICY_LENGTH) {
            u.chrome = cookie;
            return;
        }
        if ((u.cues & POLICY_CUE) != 0 || cookie || u.has('[') && (hasFormWidget(text) || linky(text, u.words, u.sentenceEnd)) || affiliate(text)) {
            u.chrome = true;
            return;
        }
        if (!readsPrompts(text.length(), u.sentenceEnd, u.words)) {
            return;
        }
        u.chrome = (u.cues & PROMPT_CUE) != 0;
        // a row of a table ("Status   Timestamp   Comment") is no heading
        u.terminator = text.length() <= 60 && (u.cues & TERMINATOR_CUE) != 0 && !text.contains("   ");
    }

    /** Whether a unit has a link marker as lynx prints them: a number in brackets before the link's text ("[12]Home"). */
    static boolean hasLinkMarker(Unit u) {
        return u.has('[') && hasLinkMarker(u.text);
    }

    private static boolean hasLinkMarker(String text) {
        for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j > i + 1 && j + 1 < text.length() && text.charAt(j) == ']' && !Units.isSpace(text.charAt(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The links that end a teaser of another page ("… Read more"), in the languages of the other lists. */
    private static final String[] MORE_LINKS = {
        "read more", "continue reading", "weiterlesen", "mehr lesen", "lire la suite", "leer más", "seguir leyendo",
        "leggi tutto", "continua a leggere", "leia mais", "lees meer", "verder lezen", "czytaj dalej", "czytaj więcej",
        "читать далее", "číst dál", "続きを読む",
    };

    /** The last two letters of each of {@link #MORE_LINKS}, as {@link #lastTwo} gives them. */
    private static final int[] MORE_LINK_ENDS = Arrays.stream(MORE_LINKS).mapToInt(m -> lastTwo(m, m.length())).toArray();

    /**
     * The {@link #caseFold}s of the two characters before {@code t[e]}, in one int: texts that
     * {@link String#regionMatches(boolean, int, String, int, int)} takes for equal end alike.
     */
    private static int lastTwo(String t, int e) {
        return caseFold(t.charAt(e - 1)) << 16 | caseFold(t.charAt(e - 2));
    }

    /**
     * A character as {@link String#regionMatches(boolean, int, String, int, int)} ignoring case
     * compares it: characters it takes for equal have the same fold.
     */
    private static int caseFold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whether a unit, at any length, is a teaser of another page: a summary cut short (no sentence
     * end, or an ellipsis), then a link to read on ("… Read more"). A paragraph that ends its
     * sentence before the link is prose with the next line joined to it.
     */
    static boolean teaser(String text) {
        int end = text.length();
        boolean linked = false;
        while (true) { // "Read more Read more »": the link drawn twice, an arrow after it
            int e = end;
            while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
                e--;
            }
            if (e < 2) {
                break;
            }
            // a link's last two letters first: case-insensitive equal letters have the same fold
            int lastTwo = lastTwo(text, e);
            String link = null;
            for (int k = 0; k < MORE_LINKS.length; k++) {
                String m = MORE_LINKS[k];
                int at = e - m.length();
                if (MORE_LINK_ENDS[k] == lastTwo && at >= 0 && text.regionMatches(true, at, m, 0, m.length())
                        && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                    link = m;
                }
            }
            if (link == null) {
                break;
            }
            end = e - link.length();
            linked = true;
        }
        if (!linked) {
            return false;
        }
        String summary = text.substring(0, end).strip();
        return !summary.isEmpty() && !TextExtractor.endsSentence(summary);
    }

    private static final String[] IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"};

    /**
     * Whether a unit is the file name of an image and nothing else ("performance.jpg",
     * "[photo_2.png]"), as converters print an image without a text alternative.
     */
    static boolean imageFile(String text) {
        if (text.length() > MAX_CUE_LENGTH) {
            return false;
        }
        // an extension is a dot and three or four letters, before a closing bracket maybe
        int n = text.length() - (text.endsWith("]") ? 1 : 0);
        if (n < 5 || text.charAt(n - 4) != '.' && text.charAt(n - 5) != '.') {
            return false;
        }
        String t = text.substring(0, n);
        if (t.indexOf(' ') >= 0) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String x : IMAGE_EXTENSIONS) {
            if (lower.endsWith(x) && lower.length() > x.length()) {
                return true;
            }
        }
        return false;
    }

    /** Phrases that credit a picture: a caption's, not the story's. */
    private static final String[] CREDITS = {"credit:", "credits:", "image credit", "photo credit", "picture credit",
        "getty images", "photo by", "photos by", "photograph:", "photograph by", "photo:", "photos:", "(photo",
        "file photo", "shutterstock", "foto:", "photo :", "ap photo"};
    /** Every phrase of {@link #CREDITS} has one of these in it: where none is, no phrase is. */
    private static final String[] CREDIT_ANCHORS = {"credit", "photo", "getty", "shutterstock", "foto:"};
    /** ASCII characters lower-cased, as {@link #startsWithFolded} compares them. */
    private static final byte[] ASCII_FOLD = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_FOLD[c] = (byte) (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        for (String x : CREDITS) {
            if (Arrays.stream(CREDIT_ANCHORS).noneMatch(x::contains)) {
                throw new IllegalStateException("no anchor in " + x);
            }
        }
    }

    /** The phrases of {@link #CREDITS} by their first character, in either case. */
    private static final String[][] CREDITS_BY_START = new String[128][];
    /**
     * The pairs of ASCII characters ({@code first << 7 | second}, as a bit set) that open a phrase of
     * {@link #CREDITS_BY_START}, in either case: at any other pair of ASCII characters none starts.
     */
    private static final long[] CREDIT_PAIRS = new long[128 * 128 / 64];

    static {
        for (String x : CREDITS) {
            char lower = x.charAt(0);
            char upper = Character.toUpperCase(lower);
            addCredit(lower, x);
            if (upper != lower) {
                addCredit(upper, x);
            }
        }
    }

    private static void addCredit(char c, String phrase) {
        String[] had = CREDITS_BY_START[c] == null ? new String[0] : CREDITS_BY_START[c];
        String[] now = Arrays.copyOf(had, had.length + 1);
        now[had.length] = phrase;
        CREDITS_BY_START[c] = now;
        for (char second : new char[] {phrase.charAt(1), Character.toUpperCase(phrase.charAt(1))}) {
            int pair = c << 7 | second;
            CREDIT_PAIRS[pair >>> 6] |= 1L << pair;
        }
    }

    /**
     * Whether a unit of at most {@link #MAX_POLICY_LENGTH} characters credits a picture ("… Credit:
     * Apple", "(Image credit: Capcom)", "Alice Penrose/Getty Images", "(AP Photo/Alice Penrose)"):
     * the caption of a photo, which readers leave out of the story.
     */
    static boolean credit(String text) {
        if (text.length() > MAX_POLICY_LENGTH) {
            return false;
        }
        int n = text.length();
        // the text lower-cased, other characters as one that is in no phrase, to look for the
        // anchors at once; a character whose case folds to ASCII ('ſ', 'K') leaves it to the scan
        byte[] folded = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                folded[i] = ASCII_FOLD[c];
            } else if (foldsToAscii(c)) {
                return credit(text.toCharArray(), text);
            } else {
                folded[i] = (byte) 0x80;
            }
        }
        String lower = new String(folded, StandardCharsets.ISO_8859_1);
        for (String a : CREDIT_ANCHORS) {
            if (lower.contains(a)) {
                return credit(text.toCharArray(), text);
            }
        }
        return false;
    }

    /** {@link #credit(String)} by a scan of the text's characters {@code t}. */
    private static boolean credit(char[] t, String text) {
        int n = t.length;
        for (int i = 0; i + 1 < n; i++) { // every phrase has a second character
            char c = t[i];
            char second = t[i + 1];
            int pair = c << 7 | second;
            if ((c | second) < 128 ? (CREDIT_PAIRS[pair >>> 6] & 1L << pair) != 0
                    : c < CREDITS_BY_START.length && CREDITS_BY_START[c] != null) {
                for (String x : CREDITS_BY_START[c]) {
                    // "Credit:" with its capital, not the "tax credit:" of a headline
                    if (startsWithFolded(t, text, i, x) && (x.charAt(0) != 'c' || c == 'C')) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@link String#regionMatches(boolean, int, String, int, int)} ignoring case may take {@code c} for an ASCII character. */
    private static boolean foldsToAscii(char c) {
        return (FOLDS_TO_ASCII[c >>> 6] & 1L << c) != 0;
    }

    /** The characters beyond ASCII whose case folds to ASCII, as a bit set ({@link #foldsToAscii}). */
    private static final long[] FOLDS_TO_ASCII = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            char upper = Character.toUpperCase((char) c);
            if (upper < 128 || Character.toLowerCase(upper) < 128) {
                FOLDS_TO_ASCII[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * {@code text.regionMatches(true, at, phrase, 0, phrase.length())} for a lower-case ASCII
     * phrase, {@code t} holding the text's characters, without String's case folding per character
     * while the text is ASCII: an ASCII character that differs from the phrase's in lower case
     * cannot match it; the first non-ASCII one leaves the answer to {@link String#regionMatches(boolean,
     * int, String, int, int)}, unless no ASCII character can match it.
     */
    private static boolean startsWithFolded(char[] t, String text, int at, String phrase) {
        int n = phrase.length();
        if (at + n > t.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = t[at + k];
            if (c >= 0x80) {
                // no ASCII character matches it unless its case folds to ASCII ('ſ', 'K')
                return foldsToAscii(c) && text.regionMatches(true, at, phrase, 0, n);
            }
            if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Words that, with a cookie, make a paragraph of a consent banner or cookie policy. */
    private static final String[] CONSENT = {"our website", "this website", "the website", "our site", "this site",
        "consent", "visitors", "this cookie", "these cookies"};

    /**
     * A paragraph of a cookie banner or policy at any length (they print pages of it, in fluent
     * prose): it speaks of cookies and of this site, its visitors or their consent. A recipe's
     * cookies or an article on how websites track their readers with cookies are not.
     */
    static boolean consent(String text) {
        int at = text.indexOf("ookie");
        if (at < 1 || (text.charAt(at - 1) | 0x20) != 'c') {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : CONSENT) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An affiliate disclosure ("When you buy through our links, we may earn a commission"): a line
     * of the site's policy, whatever the story.
     */
    static boolean affiliate(String text) {
        int at = text.indexOf("may earn");
        return at >= 0 && (text.indexOf("ommission", at) > 0 || text.indexOf("affiliate", at) > 0);
    }

    /** The fewest words of a paragraph that starts with a link and still reads as prose ({@link #linky}); 10–20 score alike on the lynx dumps. */
    private static final int PROSE_AFTER_LINK_WORDS = 15;

    /**
     * Links as text browsers mark them: a unit led by a bracketed image or link marker
     * ("[photo-123] Headline of another story", lynx's "[12]Home"), or with a lynx link marker
     * for every few words (a link list flattened into one line). A paragraph that starts with a
     * link, or has one every few words, but reads on as prose, at least {@link
     * #PROSE_AFTER_LINK_WORDS} words to the end of a sentence ("[12]Portmarrow council voted on
     * Tuesday to …", "… is fueled by [30]Perl, [31]PHP, and [32]MySQL."), is no link.
     */
    static boolean linky(String text, int words, boolean sentenceEnd) {
        if (text.charAt(0) == '[' && (words < PROSE_AFTER_LINK_WORDS || !sentenceEnd)) {
            int close = text.indexOf(']');
            if (close > 0 && close <= 60 && text.lastIndexOf(' ', close) < 0) {
                return true;
            }
        }
        int markers = 0;
        for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
            int j = i + 1;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
            markers += j > i + 1 && j < text.length() && text.charAt(j) == ']' ? 1 : 0;
        }
        return markers > 0 && words < 6 * markers && !(sentenceEnd && words >= PROSE_AFTER_LINK_WORDS);
    }

    /**
     * A line of program code or markup, as technical articles set into their text: it ends with
     * a brace, a semicolon or an opening bracket (a call or clause that goes on below), starts
     * with a closing bracket, a tag or a comment, or has a call ("f(x)"), an assignment (" = ")
     * or an arrow ("=>").
     */
    static boolean codeLike(Unit u) {
        String t = u.text;
        int n = t.length();
        if (n == 0) {
            return false;
        }
        char last = t.charAt(n - 1);
        char first = t.charAt(0);
        if (last == '{' || last == '}' || last == ';' || last == '(' || last == '[' || first == '}' || first == ')' || first == ']'
                || first == '<' && n > 1 && (Character.isLetter(t.charAt(1)) || t.charAt(1) == '/' || t.charAt(1) == '!')
                || t.startsWith("//") || t.startsWith("/*") || prompt(t)) {
            return true;
        }
        if (u.has('=') && (t.contains(" = ") || t.contains("=>"))) {
            return true;
        }
        int open = u.has('(') ? t.indexOf('(') : -1;
        return open > 0 && Character.isLetterOrDigit(t.charAt(open - 1)) && t.indexOf(')', open) > 0
                && (t.charAt(open - 1) != ' ') && noSpaceBefore(t, open);
    }

    /**
     * Whether a line is a command typed at a shell's prompt: "$ " or "% " then a command word in
     * lower case ("$ hg clone public test-repo", "$ cd ../dev-repo").
     */
    private static boolean prompt(String t) {
        return t.length() > 3 && (t.charAt(0) == '$' || t.charAt(0) == '%') && t.charAt(1) == ' '
                && t.charAt(2) >= 'a' && t.charAt(2) <= 'z';
    }

    /** Whether the word before {@code open} is glued to it and has no space inside: "greets(" in "cow.greets(x)". */
    private static boolean noSpaceBefore(String t, int open) {
        int i = open - 1;
        while (i >= 0 && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == '_')) {
            i--;
        }
        return i < 0 || t.charAt(i) == ' ' || t.charAt(i) == '(' || t.charAt(i) == '=';
    }

    /** Form controls as text browsers draw them: "[SUBMIT]", "[ ]", "[X]", "[_____]", "( )". */
    static boolean hasFormWidget(String text) {
        int open = text.indexOf('[');
        while (open >= 0) {
            int close = text.indexOf(']', open + 1);
            if (close < 0) {
                return false;
            }
            int letters = 0;
            int uppers = 0;
            int blanks = 0;
            for (int i = open + 1; i < close; i++) {
                char c = text.charAt(i);
                letters += Character.isLetter(c) ? 1 : 0;
                uppers += Character.isUpperCase(c) ? 1 : 0;
                blanks += c == ' ' || c == '_' ? 1 : 0;
            }
            int inner = close - open - 1;
            if (inner <= 1 && (inner == 0 || blanks == 1 || text.charAt(open + 1) == 'X' || text.charAt(open + 1) == '*')
                    || (inner > 1 && blanks == inner)
                    || (letters >= 2 && uppers == letters && letters == inner && !citation(text, open, close))) {
                return true;
            }
            open = text.indexOf('[', close + 1);
        }
        return false;
    }

    /**
     * Whether the upper-case word in brackets at {@code open}..{@code close} is the key of a
     * reference cited in a sentence ("… comply with HTTP/1.1 [HTTP].", "Unless [KERBEROS] is used"),
     * not a button: a word comes before it, and the sentence goes on after it (a punctuation mark,
     * or a word in lower case).
     */
    private static boolean citation(String t, int open, int close) {
        if (open < 2 || t.charAt(open - 1) != ' ' || !Character.isLetterOrDigit(t.charAt(open - 2)) || close + 1 >= t.length()) {
            return false;
        }
        char next = t.charAt(close + 1);
        return ".,;:)".indexOf(next) >= 0
                || next == ' ' && close + 2 < t.length() && Character.isLowerCase(t.charAt(close + 2));
    }

    /**
     * Lists of phrases by their first three characters, folded to 7 bits (see {@link #fold}) and
     * hashed to a bucket, for finding any of them at a word start, ignoring case, without
     * lower-casing the text ("search" is not found in "research"); shorter phrases ("©") in a list
     * of their own, tried where their first character may start them.
     */
    private static final class Index {
        private static final int BUCKETS = 1 << 12;
        /**
         * By lower-case character, the folded characters of the text that {@link #matchesAt} takes
         * for it: an ASCII letter in either case; a non-ASCII character as itself or any character
         * whose lower case it is.
         */
        private static final java.util.Map<Character, int[]> FOLDS = new java.util.HashMap<>();

        static {
            for (int c = 128; c <= Character.MAX_VALUE; c++) {
                for (char pc : new char[] {(char) c, Character.toLowerCase((char) c)}) {
                    if (pc >= 128) {
                        int[] f = FOLDS.getOrDefault(pc, new int[0]);
                        if (!contains(f, fold((char) c))) {
                            f = grow(f, fold((char) c));
                        }
                        FOLDS.put(pc, f);
                    }
                }
            }
        }

        private final char[][][] byTriple = new char[BUCKETS][][];
        private final int[][] kindsByTriple = new int[BUCKETS][];
        /** Which buckets of {@link #byTriple} hold a phrase: one bit test rejects most word starts. */
        private final long[] tripleBits = new long[BUCKETS / 64];
        private char[][] shortPhrases = new char[0][];
        private int[] shortKinds = new int[0];
        /** The first characters of the phrases, each once. */
        String firsts = "";
        /** By folded character, whether some short phrase starts with it. */
        private final boolean[] startsShort = new boolean[128];

        /** An index of the phrases of {@code lists}, each list's phrases found as {@code kinds} of the same rank. */
        Index(String[][] lists, int[] kinds) {
            for (int l = 0; l < lists.length; l++) {
                for (String p : lists[l]) {
                    add(p, kinds[l]);
                }
            }
        }

        private static int[] foldsOf(char pc) {
            return pc < 128 ? new int[] {fold(pc)} : FOLDS.getOrDefault(pc, new int[0]);
        }

        private void add(String p, int kind) {
            if (firsts.indexOf(p.charAt(0)) < 0) {
                firsts += p.charAt(0);
            }
            char[] phrase = p.toCharArray();
            if (p.length() < 3) {
                for (int f0 : foldsOf(p.charAt(0))) {
                    startsShort[f0] = true;
                }
                shortPhrases = grow(shortPhrases, phrase);
                shortKinds = grow(shortKinds, kind);
                return;
            }
            for (int f0 : foldsOf(p.charAt(0))) {
                for (int f1 : foldsOf(p.charAt(1))) {
                    for (int f2 : foldsOf(p.charAt(2))) {
                        int b = bucket(f0, f1, f2);
                        if (byTriple[b] == null || Arrays.stream(byTriple[b]).noneMatch(q -> Arrays.equals(q, phrase))) {
                            byTriple[b] = grow(byTriple[b], phrase);
                            kindsByTriple[b] = grow(kindsByTriple[b], kind);
                            tripleBits[b >>> 6] |= 1L << b;
                        }
                    }
                }
            }
        }

        private static int bucket(int f0, int f1, int f2) {
            int h = (f0 << 14 | f1 << 7 | f2) * 0x9E3779B1;
            return h >>> (32 - 12);
        }

        private static boolean contains(int[] a, int x) {
            for (int v : a) {
                if (v == x) {
                    return true;
                }
            }
            return false;
        }

        private static char[][] grow(char @Nullable [][] a, char[] p) {
            char[][] g = a == null ? new char[1][] : Arrays.copyOf(a, a.length + 1);
            g[g.length - 1] = p;
            return g;
        }

        private static int[] grow(int @Nullable [] a, int kind) {
            int[] g = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
            g[g.length - 1] = kind;
            return g;
        }

        int at(char[] t, int n, int i) {
            int found = 0;
            int f0 = fold(t[i]);
            if (startsShort[f0]) {
                for (int j = 0; j < shortPhrases.length; j++) {
                    found |= matchesAt(t, n, i, shortPhrases[j]) ? shortKinds[j] : 0;
                }
            }
            if (i + 2 < n) {
                int b = bucket(f0, fold(t[i + 1]), fold(t[i + 2]));
                if ((tripleBits[b >>> 6] & (1L << b)) != 0) {
                    char[][] candidates = byTriple[b];
                    for (int j = 0; j < candidates.length; j++) {
                        found |= matchesAt(t, n, i, candidates[j]) ? kindsByTriple[b][j] : 0;
                    }
                }
            }
            return found;
        }

        /** ASCII lower-cased; other characters cut to 7 bits as they are (phrases are indexed in both cases). */
        static int fold(char c) {
            return c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : c & 127;
        }

        /** Whether lower-case {@code p} occurs in {@code t[0, n)} at {@code i}, ignoring case. */
        private static boolean matchesAt(char[] t, int n, int i, char[] p) {
            int k = p.length;
            if (i + k > n) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                char c = t[i + j];
                char pc = p[j];
                if (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) != pc
                        : pc < 128 || c != pc && Character.toLowerCase(c) != pc) {
                    return false;
                }
            }
            return true;
        }
    }
}

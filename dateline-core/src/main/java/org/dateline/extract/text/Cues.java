package org.dateline.extract.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Lexical cues of page chrome that survive flattening to text: legal lines, share and prompt words,
 * form widgets, and the headings that end an article (comments, related stories). The lists are
 * generic web vocabulary in the languages of {@link org.dateline.extract.StopWords}, after
 * trafilatura's share-word filter, C4's policy phrases and boilerpipe's terminating blocks
 * (ALGORITHMS.md §1.12, §2.2, §2.3), not phrases of particular sites.
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
        "print", "advertisement", "sponsored", "read more", "read next", "click here", "follow us", "skip to",
        "menu", "search", "loading", "download the app", "notifications", "cookie", "javascript", "your browser",
        "ihr browser", "votre navigateur",
        "anmelden", "abonnieren", "teilen", "drucken", "anzeige", "werbung", "weiterlesen", "mehr lesen",
        "suche", "startseite", "s'abonner", "abonnez", "connexion", "partager", "imprimer", "publicité",
        "lire la suite", "rechercher", "accueil", "suscríbete", "compartir", "publicidad", "leer más",
        "buscar", "iniciar sesión", "condividi", "abbonati", "pubblicità", "leggi anche", "cerca",
        "partilhar", "compartilhar", "assine", "publicidade", "delen", "inloggen", "zoeken", "advertentie",
    };

    /** A short unit with one of these ends the article once some body has been read. */
    private static final String[] TERMINATORS = {
        "comment", "kommentar", "commentaire", "comentario", "commenti", "commento", "comentário", "reacties",
        "leave a reply", "related", "more from", "more stories", "more on this", "you may also like",
        "you might also like", "recommended", "most popular", "most read", "trending", "mehr zum thema",
        "das könnte sie auch interessieren", "meistgelesen", "sur le même sujet", "les plus lus",
        "te puede interesar", "lo más leído", "ti potrebbe interessare", "i più letti", "leia também",
        "mais lidas", "meer nieuws",
    };

    private Cues() {
    }

    /** Bits of {@link #find}: which lists have a phrase in a unit. */
    static final int POLICY_CUE = 1;
    static final int PROMPT_CUE = 2;
    static final int TERMINATOR_CUE = 4;

    private static final Index INDEX = new Index();

    /**
     * Which lists have a phrase in {@code t[0, n)} ({@link #POLICY_CUE}, {@link #PROMPT_CUE},
     * {@link #TERMINATOR_CUE}), in one pass over the characters; 0 for units longer than {@link
     * #MAX_POLICY_LENGTH}, which are judged as prose.
     */
    static int find(char[] t, int n) {
        return scans(n) ? INDEX.find(t, n) : 0;
    }

    /** Whether units of length {@code n} are searched for phrases ({@link #find} is 0 for the others). */
    static boolean scans(int n) {
        return n <= MAX_POLICY_LENGTH;
    }

    /**
     * Which lists have a phrase at {@code t[i]}, for callers that walk the characters themselves
     * ({@link Unit#measure}): {@link #find} is the union of this over the word starts and the
     * non-letters of {@code t[0, n)}.
     */
    static int at(char[] t, int n, int i) {
        return INDEX.at(t, n, i);
    }

    /** Whether some phrase may start with {@code c} (ignoring case): where {@link #at} can be nonzero. */
    static boolean mayStart(char c) {
        return INDEX.starts[Index.fold(c)];
    }

    /** Sets {@link Unit#chrome} and {@link Unit#terminator} from what the unit says ({@link Unit#cues}). */
    static void read(Unit u) {
        String text = u.text;
        if (text.length() > MAX_POLICY_LENGTH) {
            return;
        }
        if ((u.cues & POLICY_CUE) != 0 || text.indexOf('[') >= 0 && (hasFormWidget(text) || linky(text, u.words))) {
            u.chrome = true;
            return;
        }
        if (text.length() > MAX_CUE_LENGTH || u.sentenceEnd && u.words > 3) {
            return;
        }
        u.chrome = (u.cues & PROMPT_CUE) != 0;
        u.terminator = text.length() <= 60 && (u.cues & TERMINATOR_CUE) != 0;
    }

    /**
     * Links as text browsers mark them: a unit led by a bracketed image or link marker
     * ("[photo-123] Headline of another story", lynx's "[12]Home"), or with a lynx link marker
     * for every few words (a link list flattened into one line).
     */
    static boolean linky(String text, int words) {
        if (text.charAt(0) == '[') {
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
        return markers > 0 && words < 6 * markers;
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
                    || (inner > 1 && blanks == inner) || (letters >= 2 && uppers == letters && letters == inner)) {
                return true;
            }
            open = text.indexOf('[', close + 1);
        }
        return false;
    }

    /**
     * All phrases by their first two characters (folded to 7 bits, see {@link #fold}), for finding any of them at a
     * word start in one pass, ignoring case, without lower-casing the text ("search" is not found
     * in "research"); one-character phrases ("©") by their first.
     */
    private static final class Index {
        private final String[][] byPair = new String[128 * 128][];
        private final int[][] kindsByPair = new int[128 * 128][];
        private final String[][] bySingle = new String[128][];
        private final int[][] kindsBySingle = new int[128][];
        /** By folded character, whether some phrase starts with it. */
        final boolean[] starts = new boolean[128];

        Index() {
            add(POLICY, POLICY_CUE);
            add(PROMPTS, PROMPT_CUE);
            add(TERMINATORS, TERMINATOR_CUE);
            for (int f = 0; f < 128; f++) {
                starts[f] = bySingle[f] != null;
                for (int g = 0; g < 128; g++) {
                    starts[f] |= byPair[f << 7 | g] != null;
                }
            }
        }

        private void add(String[] phrases, int kind) {
            for (String p : phrases) {
                char c0 = p.charAt(0);
                for (int f : new int[] {fold(c0), fold(Character.toUpperCase(c0))}) {
                    if (p.length() == 1) {
                        if (!contains(bySingle[f], p)) {
                            bySingle[f] = grow(bySingle[f], p);
                            kindsBySingle[f] = grow(kindsBySingle[f], kind);
                        }
                        continue;
                    }
                    char c1 = p.charAt(1);
                    for (int g : new int[] {fold(c1), fold(Character.toUpperCase(c1))}) {
                        int k = f << 7 | g;
                        if (!contains(byPair[k], p)) {
                            byPair[k] = grow(byPair[k], p);
                            kindsByPair[k] = grow(kindsByPair[k], kind);
                        }
                    }
                }
            }
        }

        private static boolean contains(String @Nullable [] a, String p) {
            return a != null && Arrays.asList(a).contains(p);
        }

        private static String[] grow(String @Nullable [] a, String p) {
            String[] g = a == null ? new String[1] : Arrays.copyOf(a, a.length + 1);
            g[g.length - 1] = p;
            return g;
        }

        private static int[] grow(int @Nullable [] a, int kind) {
            int[] g = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
            g[g.length - 1] = kind;
            return g;
        }

        int find(char[] t, int n) {
            int found = 0;
            boolean wordStart = true;
            for (int i = 0; i < n; i++) {
                char c = t[i];
                boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
                if (wordStart || !letter) {
                    found |= at(t, n, i);
                }
                wordStart = !letter;
            }
            return found;
        }

        int at(char[] t, int n, int i) {
            int found = 0;
            int f = fold(t[i]);
            String[] single = bySingle[f];
            if (single != null) {
                for (int j = 0; j < single.length; j++) {
                    found |= matchesAt(t, n, i, single[j]) ? kindsBySingle[f][j] : 0;
                }
            }
            if (i + 1 < n) {
                int k = f << 7 | fold(t[i + 1]);
                String[] pair = byPair[k];
                if (pair != null) {
                    for (int j = 0; j < pair.length; j++) {
                        found |= matchesAt(t, n, i, pair[j]) ? kindsByPair[k][j] : 0;
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
        private static boolean matchesAt(char[] t, int n, int i, String p) {
            int k = p.length();
            if (i + k > n) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                char c = t[i + j];
                char pc = p.charAt(j);
                if (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) != pc
                        : pc < 128 || c != pc && Character.toLowerCase(c) != pc) {
                    return false;
                }
            }
            return true;
        }
    }
}

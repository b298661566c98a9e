package org.dateline.extract.text;

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

    private static final Index POLICY_INDEX = new Index(POLICY);
    private static final Index PROMPT_INDEX = new Index(PROMPTS);
    private static final Index TERMINATOR_INDEX = new Index(TERMINATORS);

    /** Sets {@link Unit#chrome} and {@link Unit#terminator} from what the unit says. */
    static void read(Unit u) {
        String text = u.text;
        if (text.length() > MAX_POLICY_LENGTH) {
            return;
        }
        if (text.indexOf('[') >= 0 && (hasFormWidget(text) || linky(text, u.words)) || POLICY_INDEX.foundIn(text)) {
            u.chrome = true;
            return;
        }
        if (text.length() > MAX_CUE_LENGTH || u.sentenceEnd && u.words > 3) {
            return;
        }
        u.chrome = PROMPT_INDEX.foundIn(text);
        u.terminator = text.length() <= 60 && TERMINATOR_INDEX.foundIn(text);
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

    /** Whether lower-case {@code p} occurs in {@code text} at {@code i}, ignoring case. */
    private static boolean matchesAt(String text, int i, String p) {
        int k = p.length();
        if (i + k > text.length()) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            char c = text.charAt(i + j);
            char lc = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            if (lc != p.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Phrases by their first character, for finding any of them at a word start in one pass,
     * ignoring case, without lower-casing the text ("search" is not found in "research").
     */
    private static final class Index {
        private final String[][] byFirst = new String[128][];
        private final String[] other;
        /** The first characters of {@link #other}, in both cases. */
        private final String otherFirst;

        Index(String[] phrases) {
            java.util.List<String> rest = new java.util.ArrayList<>();
            for (String p : phrases) {
                char c = p.charAt(0);
                if (c < 128) {
                    String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
                    String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = p;
                    byFirst[c] = grown;
                } else {
                    rest.add(p);
                }
            }
            other = rest.toArray(new String[0]);
            StringBuilder firsts = new StringBuilder();
            for (String p : other) {
                firsts.append(p.charAt(0)).append(Character.toUpperCase(p.charAt(0)));
            }
            otherFirst = firsts.toString();
        }

        boolean foundIn(String text) {
            int n = text.length();
            boolean wordStart = true;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
                if (wordStart || !letter) {
                    String[] candidates;
                    if (c < 128) {
                        candidates = byFirst[c >= 'A' && c <= 'Z' ? c + 32 : c];
                    } else {
                        candidates = otherFirst.indexOf(c) >= 0 ? other : null;
                    }
                    if (candidates != null) {
                        for (String p : candidates) {
                            if (matchesAt(text, i, p)) {
                                return true;
                            }
                        }
                    }
                }
                wordStart = !letter;
            }
            return false;
        }
    }
}

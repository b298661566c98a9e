package org.dateline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Self-written fixture text: news-like paragraphs drawn from a small inline vocabulary with a fixed seed. */
final class Fixtures {
    private static final String[] WORDS = ("the council said on monday that a new plan for the city harbour would "
            + "cost more than expected after engineers found damage to the old sea wall residents have asked "
            + "for a public meeting before any work begins while the mayor promised that rents would not rise "
            + "officials from the regional water board warned of delays caused by winter storms and a shortage "
            + "of steel local shops near the quay fear that months of closures will drive visitors away the "
            + "opposition leader called the budget a mistake and demanded an independent review of the contract "
            + "which was awarded without a tender in march police closed two roads overnight after a lorry lost "
            + "its load near the bridge nobody was hurt but traffic was diverted through the village school "
            + "pupils were sent home early teachers union members voted to accept the offer hospital managers "
            + "reported record waiting times in the emergency ward farmers welcomed rain after a dry spring "
            + "prices of grain fell sharply on european markets analysts expect inflation to ease later in the "
            + "year the central bank kept interest rates unchanged").split(" ");

    private Fixtures() {
    }

    /** {@code count} paragraphs of about {@code words} words each, the same for the same seed. */
    static List<String> paragraphs(long seed, int count, int words) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder();
            int n = words + random.nextInt(words / 2 + 1);
            for (int w = 0; w < n; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (w == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                sb.append(w == 0 ? "" : " ").append(word);
                if (w % 12 == 11 && w < n - 1) {
                    sb.append(',');
                }
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    static String body(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}

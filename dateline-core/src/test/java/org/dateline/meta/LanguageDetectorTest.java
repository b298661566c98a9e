package org.dateline.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The detector answers as Optimaize's own detector over the same profiles does, only faster. */
class LanguageDetectorTest {
    private static final List<String> TEXTS = List.of(
            "Ferry crews walked out on Friday over a new rota that they say leaves too few hands on deck, and the port "
                    + "authority said that sailings to the islands would be cancelled until the weekend at least. "
                    + "Passengers who had booked were told to ask for a refund or to travel on Monday instead.",
            "Les équipages des ferries du port ont cessé le travail vendredi, jugeant le nouveau planning dangereux. "
                    + "La direction a annoncé que les traversées vers les îles seraient annulées jusqu'à dimanche au moins, "
                    + "et les passagers ont été invités à demander un remboursement.",
            "Die Besatzungen der Fähren haben am Freitag die Arbeit niedergelegt, weil der neue Dienstplan zu wenige "
                    + "Leute an Deck lasse. Die Hafenbehörde teilte mit, dass die Fahrten zu den Inseln bis mindestens "
                    + "zum Wochenende ausfallen würden.",
            "Las tripulaciones de los transbordadores dejaron de trabajar el viernes por un nuevo turno que, según "
                    + "dicen, deja muy pocas manos en cubierta. La autoridad portuaria dijo que los viajes a las islas "
                    + "quedarían cancelados al menos hasta el fin de semana.",
            "Gli equipaggi dei traghetti hanno smesso di lavorare venerdì per un nuovo turno che, dicono, lascia troppo "
                    + "poche persone sul ponte. L'autorità portuale ha detto che le corse per le isole saranno cancellate "
                    + "almeno fino al fine settimana.",
            "Załogi promów przerwały w piątek pracę z powodu nowego grafiku, który ich zdaniem zostawia zbyt mało ludzi "
                    + "na pokładzie. Zarząd portu poinformował, że rejsy na wyspy zostaną odwołane co najmniej do weekendu.",
            "Экипажи паромов в пятницу прекратили работу из-за нового графика, который, по их словам, оставляет на "
                    + "палубе слишком мало людей. Администрация порта сообщила, что рейсы на острова отменены по меньшей "
                    + "мере до выходных.",
            "フェリーの乗組員は金曜日、新しい勤務表では甲板の人手が足りないとして仕事を止めた。港湾当局は、島への便は少なくとも週末まで"
                    + "欠航すると発表した。",
            "Ferry crews 2024 — Les équipages — Die Besatzungen — 123 456 789 — https://port.example/ferries?id=42 | Home | "
                    + "News | Sport | Contact | Impressum | Mentions légales");

    @Test
    void answersAsOptimaizesDetectorOnTextsOfEveryLength() throws Exception {
        List<LdLocale> locales = new ArrayList<>();
        for (String code : LanguageDetector.LANGUAGES) {
            locales.add(LdLocale.fromString(code));
        }
        com.optimaize.langdetect.LanguageDetector reference = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readBuiltIn(locales))
                .minimalConfidence(LanguageDetector.MIN_PROBABILITY)
                .build();
        int compared = 0;
        List<String> answers = new ArrayList<>();
        for (String text : TEXTS) {
            String twice = text + " " + text + " " + text + " " + text + " " + text;
            for (int from = 0; from < 60; from += 7) {
                for (int to = from + 30; to <= twice.length(); to += to - from < 60 ? 3 : 37) {
                    String t = twice.substring(from, to);
                    String sample = t.length() > LanguageDetector.MAX_CHARS ? t.substring(0, LanguageDetector.MAX_CHARS) : t;
                    List<DetectedLanguage> found = reference.getProbabilities(sample);
                    String expected = sample.strip().length() < LanguageDetector.MIN_CHARS || found.isEmpty()
                            || found.get(0).getProbability() < LanguageDetector.MIN_PROBABILITY ? null
                            : found.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT);
                    String actual = LanguageDetector.detect(t);
                    assertThat(actual).as("%s", t).isEqualTo(expected);
                    answers.add(actual);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(answers).contains("en", "fr", "de", "es", "it", "pl", "ru", "ja", null);
    }

    @Test
    void lcgDrawsWhatRandomDrawsFromTheSameSeed() {
        for (long seed : new long[] {41, 0, -1, 123456789L}) {
            Random random = new Random(seed);
            LanguageDetector.Lcg lcg = new LanguageDetector.Lcg(seed);
            for (int i = 0; i < 10_000; i++) {
                // bounds of every kind: powers of two, small ones, and large ones where draws are rejected
                int bound = i % 3 == 0 ? 1 << (i % 31) : i % 3 == 1 ? 1 + i % 97 : (1 << 30) + 1 + i;
                assertThat(lcg.nextInt(bound)).as("seed %d, draw %d", seed, i).isEqualTo(random.nextInt(bound));
                if (i % 10 == 0) {
                    assertThat(lcg.nextGaussian()).isEqualTo(random.nextGaussian());
                }
            }
        }
    }
}

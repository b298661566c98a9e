package org.dateline.meta;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Detects the language of a text with Optimaize's language-detector (character n-gram profiles
 * from Wikipedia, the detector Apache Tika uses), restricted to {@link #LANGUAGES}.
 *
 * <p>Only a sample of the text is read ({@value #MAX_CHARS} characters from the start), which
 * keeps the cost flat on long articles. A text shorter than {@value #MIN_CHARS} characters, or
 * whose best language is less likely than {@value #MIN_PROBABILITY}, gets no language.
 *
 * <p>The profiles (about 30 MB on the heap) load once, on first use; the detector is then
 * immutable and thread-safe.
 */
final class LanguageDetector {
    /**
     * The languages told apart: those of the extraction issue and the other languages with large
     * online news, as ISO 639-1 codes (Chinese is reported as {@code zh}).
     */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs",
            "sk", "sl", "hr", "sr", "bg", "ro", "hu", "el", "tr", "sv", "da", "no", "fi", "et", "lv", "lt", "ca", "eu", "gl",
            "ar", "fa", "he", "hi", "bn", "ur", "id", "ms", "vi", "th", "ja", "ko", "zh-CN", "zh-TW");
    static final int MAX_CHARS = 1000;
    static final int MIN_CHARS = 40;
    /** Below this the text is too mixed or too short to name a language; Optimaize's own default is 0.85. */
    static final double MIN_PROBABILITY = 0.80;

    private static final class Holder {
        static final com.optimaize.langdetect.LanguageDetector DETECTOR = build();
    }

    private LanguageDetector() {
    }

    private static com.optimaize.langdetect.LanguageDetector build() {
        List<LdLocale> locales = new ArrayList<>();
        for (String code : LANGUAGES) {
            locales.add(LdLocale.fromString(code));
        }
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(profiles)
                    .minimalConfidence(MIN_PROBABILITY)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the language-detector jar", e);
        }
    }

    /** The language of {@code text} as a lower-case ISO 639-1 code, or {@code null} when unsure. */
    static @Nullable String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.strip().length() < MIN_CHARS) {
            return null;
        }
        List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(sample);
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return found.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }
}

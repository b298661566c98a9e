package org.dateline.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises what an input file holds from its (decompressed) first bytes and its name. Content
 * decides where it is unambiguous (archive headers, markup, binary magic numbers); the name
 * decides between kinds that look alike (a JSON metadata file and JSON Lines, a licence and a
 * text dump).
 */
final class Sniffer {
    /** How many decompressed bytes are enough to recognise a file. */
    static final int HEAD_BYTES = 2048;

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "xht");
    private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
    private static final Set<String> ARCHIVE_EXTENSIONS = Set.of("warc", "arc", "wet", "wat");
    private static final Set<String> TEXT_DUMP_EXTENSIONS = Set.of("txt", "text");
    private static final Pattern DOCUMENTATION_NAME = Pattern.compile(
            "(?i)(readme|licen[cs]e|notice|copying|authors|changes|changelog|manifest|source)([._-].*)?");
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<meta|<title|<!--|<div|<p[\\s>]|<script|<link|<\\?xml[^>]*>\\s*<(!doctype\\s+)?html)");

    private Sniffer() {
    }

    static InputKind kind(String fileName, byte[] head, int length) {
        if (length == 0) {
            return InputKind.EMPTY;
        }
        String ext = extension(fileName);
        String text = new String(head, 0, Math.min(length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        String start = stripBom(text).stripLeading();
        if (start.startsWith("WARC/") || start.startsWith("filedesc://")) {
            return InputKind.ARCHIVE;
        }
        if (HTML_EXTENSIONS.contains(ext)) {
            return InputKind.HTML; // even when broken: the page stage reports what is wrong with it
        }
        if (ARCHIVE_EXTENSIONS.contains(ext)) {
            return InputKind.ARCHIVE; // a damaged archive: the reader reports the damage
        }
        if (JSONL_EXTENSIONS.contains(ext) || (fileName.equals("-") && start.startsWith("{"))) {
            return InputKind.JSONL;
        }
        if (looksBinary(head, length)) {
            return InputKind.OTHER;
        }
        if (MARKUP.matcher(start).lookingAt() && !ext.equals("xml") && !ext.equals("svg")) {
            return InputKind.HTML;
        }
        if (TEXT_DUMP_EXTENSIONS.contains(ext) && !DOCUMENTATION_NAME.matcher(baseName(fileName)).matches()) {
            return InputKind.TEXT_DUMP;
        }
        return InputKind.OTHER;
    }

    /** Whether the content starts with the gzip magic number. */
    static boolean isGzip(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** The last extension of a file name, ignoring a trailing {@code .gz}, lower-cased. */
    static String extension(String fileName) {
        String name = baseName(fileName).toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static String stripBom(String s) {
        // the UTF-8 BOM read as ISO-8859-1
        return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
    }

    /** NUL bytes or many control characters: an image, an archive of another kind, junk. */
    static boolean looksBinary(byte[] head, int length) {
        int n = Math.min(length, HEAD_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 10 > n;
    }
}

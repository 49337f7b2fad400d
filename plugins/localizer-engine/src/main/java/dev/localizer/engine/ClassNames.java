package dev.localizer.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a class name may be: printable text of at most {@value #MAX_LENGTH} characters. Class names come from
 * files that users pass around (labels, predictions, model files, sprite names) and end up on terminals and in
 * reports, so control characters, which could move a terminal's cursor or recolour it, are refused, and values
 * quoted in messages are made printable first.
 */
public final class ClassNames {

    public static final int MAX_LENGTH = 200;
    /** Far more than a class head is trained for. */
    public static final int MAX_CLASSES = 1000;

    private ClassNames() {
    }

    /** The name without surrounding blanks; refuses an empty, overlong or unprintable name. */
    public static String check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new LocalizerException("the class name is empty; give a name such as \"fox\"");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new LocalizerException("the class name \"" + printable(stripped.substring(0, 40)) + "…\" has "
                    + stripped.length() + " characters, more than the " + MAX_LENGTH + " allowed");
        }
        int unprintable = firstUnprintable(stripped);
        if (unprintable >= 0) {
            throw new LocalizerException("the class name \"" + printable(stripped) + "\" holds the control character "
                    + String.format("U+%04X", (int) stripped.charAt(unprintable)) + "; use printable characters only");
        }
        return stripped;
    }

    /** Checks each name, and that there are at most {@value #MAX_CLASSES} of them, each once. */
    public static void check(List<String> names) {
        if (names.size() > MAX_CLASSES) {
            throw new LocalizerException(names.size() + " classes are more than the " + MAX_CLASSES + " allowed");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(check(name))) {
                throw new LocalizerException("the class \"" + printable(name) + "\" is named twice");
            }
        }
    }

    /** The text with control and other invisible formatting characters written as {@code \\uXXXX}. */
    public static String printable(String text) {
        if (firstUnprintable(text) < 0) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            printable.append(isUnprintable(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return printable.toString();
    }

    private static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnprintable(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnprintable(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}

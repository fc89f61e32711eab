package org.annalist.temporal;

/**
 * {@link String#format} for the few specifiers the tagger's values and explanations use ({@code %s}, {@code %d},
 * {@code %02d}, {@code %04d}): every expression gets an explanation, and {@code String.format} (a parser and a
 * {@link java.util.Formatter} each call) cost more than reading the expression.
 */
final class Fmt {

    private Fmt() {
    }

    static String f(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int next = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            int width = 0;
            boolean zero = pattern.charAt(j) == '0';
            while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                width = width * 10 + (pattern.charAt(j) - '0');
                j++;
            }
            char conversion = pattern.charAt(j);
            if (conversion == '%') {
                out.append('%');
            } else if (conversion == 's') {
                out.append(args[next++]);
            } else if (conversion == 'd') {
                String number = String.valueOf(args[next++]);
                boolean negative = number.startsWith("-");
                String digits = negative ? number.substring(1) : number;
                if (negative) {
                    out.append('-');
                }
                for (int pad = (negative ? digits.length() + 1 : digits.length()); pad < width; pad++) {
                    out.append(zero ? '0' : ' ');
                }
                out.append(digits);
            } else {
                throw new IllegalArgumentException("Unsupported format " + pattern.substring(i, j + 1) + " in " + pattern);
            }
            i = j;
        }
        return out.toString();
    }
}

package org.annalist.temporal;

/** Roman numerals, as centuries are written ({@code XXe siècle}). */
final class Roman {

    private Roman() {
    }

    static int parse(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (Character.toUpperCase(numeral.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> throw new IllegalArgumentException("Not a Roman numeral: " + numeral);
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}

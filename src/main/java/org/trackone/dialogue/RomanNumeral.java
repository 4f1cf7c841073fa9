package org.trackone.dialogue;

/** Writes a plenary's number the way series are numbered: 6 as VI, 14 as XIV. */
final class RomanNumeral {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumeral() {
    }

    static String of(int number) {
        if (number < 1 || number > 3999) {
            return Integer.toString(number);
        }
        StringBuilder numeral = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                numeral.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return numeral.toString();
    }
}

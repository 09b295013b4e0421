package org.charcha.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Tells, with one table lookup per char, that a text is certainly in NFC: every char has ICU's NFC
 * quick check YES (it never composes with what precedes it) and combining class 0 or 9. Class 9 is
 * the virama, present in most Hindi words; a run of class-9 marks is always in canonical order, so
 * it cannot make a text non-NFC. Any other char leaves the answer to ICU itself, whose general check
 * walks code points and cost as much as the folds (docs/PERFORMANCE.md). The table is a boolean per
 * char, as in {@link WordBoundary}, and static for the reason given in {@link SingleCharFolding}.
 */
final class NfcInertChars {
  private static final int VIRAMA_CLASS = 9;
  private static final boolean[] SAFE = safeChars();

  private NfcInertChars() {}

  private static boolean[] safeChars() {
    boolean[] safe = new boolean[Character.MAX_VALUE + 1];
    int yes = UCharacter.getPropertyValueEnum(UProperty.NFC_QUICK_CHECK, "Yes");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      int combiningClass = UCharacter.getCombiningClass(c);
      boolean quickCheckYes = UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) == yes;
      if (quickCheckYes && (combiningClass == 0 || combiningClass == VIRAMA_CLASS)) {
        safe[c] = true;
      }
    }
    return safe;
  }

  /** True when every char of {@code text} is one of the safe chars, so the text is in NFC. */
  static boolean allSafe(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!SAFE[text.charAt(i)]) {
        return false;
      }
    }
    return true;
  }
}

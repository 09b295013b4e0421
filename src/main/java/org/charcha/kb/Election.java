package org.charcha.kb;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One election of one house, from {@code elections.tsv}: its name as seat claims write it
 * ("Madhya Pradesh Assembly 2023"), the house, the place code, the day results were declared and
 * the size of the house.
 */
public record Election(String name, House house, String place, LocalDate resultDate, int seats)
    implements Serializable {

  /** The legislatures and elected bodies of spec section 3. */
  public enum House {
    LOK_SABHA, ASSEMBLY, RAJYA_SABHA, COUNCIL, MUNICIPAL
  }
}

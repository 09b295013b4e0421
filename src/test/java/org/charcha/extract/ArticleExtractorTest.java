package org.charcha.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.charcha.MiniKb;
import org.junit.jupiter.api.Test;

/** The mention rules of spec sections 1 and 2, each on a sentence, against the mini knowledge base. */
class ArticleExtractorTest {
  private static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);
  private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 20);
  private final ArticleExtractor extractor = new ArticleExtractor(MiniKb.get());

  private RecordSummary summary(String text, LocalDate date, String source) {
    return RecordSummary.of("t", extractor.extract(null, text, date, source));
  }

  private Map<String, RecordSummary.LeaderCounts> leaders(String text, LocalDate date) {
    return summary(text, date, null).leaders();
  }

  @Test
  void aTitleGluedToTheNameIsOneNameMentionAndNoRole() {
    assertThat(leaders("मुख्यमंत्री मोहन यादव ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aBareTitleResolvesThroughTheDatedOfficeAndTheArticleState() {
    assertThat(leaders("इंदौर में मुख्यमंत्री ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(0, 1)));
    assertThat(leaders("राजस्थान के मुख्यमंत्री ने कहा।", JULY_2019))
        .containsExactly(Map.entry("Ashok Gehlot", new RecordSummary.LeaderCounts(0, 1)));
  }

  /** Lok Sabha terms are kept by seat where a city is one: a city before "सांसद" names its MP on the date. */
  @Test
  void aCityNamedBeforeAnMpTitleResolvesToTheSeatsMpOnTheDate() {
    assertThat(leaders("भोज में इंदौर लोकसभा क्षेत्र से सांसद और पांच विधायक शामिल हुए।", JULY_2019))
        .containsExactly(Map.entry("Shankar Lalwani", new RecordSummary.LeaderCounts(0, 1)));
    assertThat(leaders("इंदौर के सांसद ने कहा।", LocalDate.of(2017, 3, 1)))
        .containsExactly(Map.entry("Sumitra Mahajan", new RecordSummary.LeaderCounts(0, 1)));
    assertThat(leaders("भोपाल से सांसद ने कहा।", JULY_2019))
        .containsExactly(Map.entry("Pragya Singh Thakur", new RecordSummary.LeaderCounts(0, 1)));
  }

  @Test
  void aSeatNamedBeforeTheTitleOutranksAnMpNamedEarlier() {
    assertThat(leaders("प्रज्ञा सिंह ठाकुर ने बात की। इंदौर से सांसद भी पहुंचे।", JULY_2019)).containsOnly(
        Map.entry("Pragya Singh Thakur", new RecordSummary.LeaderCounts(1, 0)),
        Map.entry("Shankar Lalwani", new RecordSummary.LeaderCounts(0, 1)));
    assertThat(leaders("प्रज्ञा सिंह ठाकुर ने बात की। सांसद ने कहा।", JULY_2019))
        .containsExactly(Map.entry("Pragya Singh Thakur", new RecordSummary.LeaderCounts(1, 1)));
  }

  /** Only a city joined to the title by the words of a seat names it: the article's city does not. */
  @Test
  void anMpTitleWithoutItsSeatOrAnEarlierNameIsNoRoleMention() {
    assertThat(leaders("इंदौर में सांसद ने कहा।", JULY_2019)).isEmpty();
    assertThat(leaders("इंदौर में भोज हुआ। सांसद और विधायक शामिल हुए।", JULY_2019)).isEmpty();
  }

  @Test
  void theSourceGivesTheStateWhenTheTextDoesNot() {
    RecordSummary s = summary("मुख्यमंत्री ने बैठक ली।", JULY_2025, "Naidunia (Jagran) - Indore RSS");
    assertThat(s.leaders()).containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(0, 1)));
  }

  @Test
  void genericPluralAndFormerUsesOfATitleAreNotRoleMentions() {
    assertThat(leaders("सभी मुख्यमंत्री बैठक में थे। एक मुख्यमंत्री नहीं आए।", JULY_2025)).isEmpty();
    assertThat(leaders("इंदौर में मुख्यमंत्रियों की बैठक हुई।", JULY_2025)).isEmpty();
    assertThat(leaders("वे मध्य प्रदेश में मुख्यमंत्री पद के दावेदार हैं।", JULY_2025)).isEmpty();
    assertThat(leaders("मध्य प्रदेश के पूर्व मुख्यमंत्री ने कहा।", JULY_2025)).isEmpty();
  }

  @Test
  void anUndatedArticleResolvesATitleOnlyToTheOneHolderItHasNamed() {
    assertThat(leaders("प्रधानमंत्री ने कहा।", null)).isEmpty();
    assertThat(leaders("प्रधानमंत्री नरेंद्र मोदी ने बैठक की। बाद में प्रधानमंत्री ने कहा।", null))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(1, 1)));
    assertThat(leaders("प्रधानमंत्री ने कहा। नरेंद्र मोदी ने भी कहा।", null))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("मोहन यादव और अशोक गहलोत मिले। मुख्यमंत्री ने कहा।", null))
        .containsOnly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)),
            Map.entry("Ashok Gehlot", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("नरेंद्र मोदी ने टोगो के प्रधानमंत्री से बात की।", null))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("प्रज्ञा सिंह ठाकुर ने बात की। सांसद ने कहा।", null))
        .containsExactly(Map.entry("Pragya Singh Thakur", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void anElectionARangeOrACapacityIsNoHolder() {
    assertThat(leaders("प्रधानमंत्री चुनाव की तैयारी है।", JULY_2025)).isEmpty();
    assertThat(leaders("प्रधानमंत्री से लेकर आम जनता तक सब जुटे।", JULY_2025)).isEmpty();
    assertThat(leaders("मोहन यादव मुख्यमंत्री के रूप में शपथ लेंगे।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aNameWithItsBracketedTransliterationCountsOnce() {
    assertThat(leaders("राहुल गांधी (Rahul Gandhi) ने इस्तीफा दिया।", JULY_2019))
        .containsExactly(Map.entry("Rahul Gandhi", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("अशोक गहलोत (@ashokgehlot51) ने लिखा।", JULY_2019))
        .containsExactly(Map.entry("Ashok Gehlot", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aBracketedEchoMayCarryTheTitle() {
    assertThat(leaders("प्रधानमंत्री नरेंद्र मोदी (पीएम मोदी) ने अपील की।", JULY_2025))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aPartyNameWithItsBracketedAbbreviationCountsOnce() {
    assertThat(summary("भारतीय जनता पार्टी (भाजपा) और भाजपा नेता।", JULY_2025, null).parties())
        .containsExactly(Map.entry("BJP", 2));
  }

  @Test
  void namesInsideOtherEntitiesNamesAreNotMentions() {
    assertThat(leaders("इंदिरा गांधी स्टेडियम में मैच हुआ।", JULY_2025)).isEmpty();
  }

  @Test
  void aNamesakeIsNotTheLeader() {
    assertThat(leaders("नीरव मोदी को भारत लाया जाएगा।", JULY_2025)).isEmpty();
    assertThat(leaders("नरेंद्र मोदी ने कहा कि मोदी सरकार काम करेगी।", JULY_2025))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(2, 0)));
  }

  @Test
  void anAmbiguousShortNameNeedsAnAntecedent() {
    assertThat(leaders("यादव ने कहा।", JULY_2025)).isEmpty();
    assertThat(leaders("मोहन यादव इंदौर आए। यादव ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(2, 0)));
    assertThat(leaders("मोहन यादव और अखिलेश यादव मिले। यादव ने कहा।", JULY_2025))
        .containsOnlyKeys("Mohan Yadav", "Akhilesh Yadav")
        .containsEntry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0));
  }

  @Test
  void aGivenNameBeforeASurnameMakesItSomeoneElsesName() {
    assertThat(leaders("मोहन यादव इंदौर आए। प्रोजेक्ट डायरेक्टर प्रवीण यादव ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("प्रज्ञा सिंह ठाकुर भोपाल आईं। प्रज्ञा ठाकुर ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Pragya Singh Thakur", new RecordSummary.LeaderCounts(2, 0)));
    assertThat(leaders("नरेंद्र मोदी ने कहा। प्रवीण मोदी ने भी कहा।", JULY_2025))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aSurnameAfterANameMakesItSomeoneElsesName() {
    assertThat(leaders("मोहन यादव इंदौर आए। मोहन शर्मा ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("नरेंद्र मोदी ने कहा। मोदी शर्मा ने भी कहा।", JULY_2025))
        .containsExactly(Map.entry("Narendra Modi", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aTitleLicensesAShortNameOfItsHolder() {
    assertThat(leaders("इंदौर में CM यादव ने श्रमदान किया।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)));
  }

  @Test
  void aPartyTitleNeedsThePartyAndCountsThePartyToo() {
    RecordSummary s = summary("कांग्रेस अध्यक्ष ने इस्तीफा दिया। अध्यक्ष ने कहा।", JULY_2019, null);
    assertThat(s.leaders()).containsExactly(Map.entry("Rahul Gandhi", new RecordSummary.LeaderCounts(0, 1)));
    assertThat(s.parties()).containsExactly(Map.entry("INC", 1));
  }

  @Test
  void theAmbiguousPartyNameCountsOnlyNextToAPartyCue() {
    assertThat(summary("आप नेता ने कहा कि आप सब आइए।", JULY_2025, null).parties()).containsExactly(Map.entry("AAP", 1));
    assertThat(summary("आंकड़ों पर घिरी 'आप' सरकार।", JULY_2025, null).parties()).containsExactly(Map.entry("AAP", 1));
  }

  @Test
  void aRepeatedTitleIsCountedOnce() {
    ArticleExtraction e = extractor.extract("मोहन यादव इंदौर पहुंचे", "मोहन यादव इंदौर पहुंचे\nमोहन यादव ने कहा।", JULY_2025,
        null);
    assertThat(RecordSummary.of("t", e).leaders()).containsEntry("Mohan Yadav", new RecordSummary.LeaderCounts(2, 0));
  }

  @Test
  void mentionsCarryExactOriginalOffsets() {
    String text = "कल मुख्यमंत्री डॉ. मोहन यादव इंदौर आए।";
    ArticleExtraction e = extractor.extract(null, text, JULY_2025, null);
    Mention m = e.mentions().get(0);
    assertThat(m.surface()).isEqualTo("मोहन यादव");
    assertThat(text.substring(m.start(), m.end())).isEqualTo("मोहन यादव");
  }

  @Test
  void aTitleInAppositionToItsHoldersNameIsPartOfTheName() {
    assertThat(leaders("इंदौर में मोहन यादव, मुख्यमंत्री मध्यप्रदेश शासन, ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 0)));
    assertThat(leaders("मोहन यादव इंदौर आए। मुख्यमंत्री ने कहा।", JULY_2025))
        .containsExactly(Map.entry("Mohan Yadav", new RecordSummary.LeaderCounts(1, 1)));
  }

  @Test
  void aTitleNamingAnInstitutionIsNoRole() {
    assertThat(leaders("इंदौर में मुख्यमंत्री हेल्पलाइन पर शिकायत की।", JULY_2025)).isEmpty();
  }
}

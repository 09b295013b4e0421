package org.charcha.extract.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.charcha.MiniKb;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.SeatClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seat-claim rules of spec section 3, one sentence each, against the mini knowledge base. */
class SeatClaimExtractorTest {
  private static final LocalDate DEC_2023 = LocalDate.of(2023, 12, 10);
  private final ArticleExtractor extractor = new ArticleExtractor(MiniKb.get());

  private List<SeatClaim> claims(String text, LocalDate date) {
    return extractor.extract(null, text, date, null).seats();
  }

  private List<SeatClaim> claims(String text) {
    return claims(text, null);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = ';', value = {
      "52;52", "५२;52", "बावन;52", "तिरेसठ;63", "तिरसठ;63", "पैंतालीस;45", "पैंतालिस;45", "उनचास;49",
      "निन्यानवे;99", "दो सौ बहत्तर;272", "एक सौ सोलह;116", "डेढ़ सौ;150", "ढाई सौ;250", "सौ;100",
      "एक हजार;1000", "एक हज़ार पांच सौ;1500", "1,000;1000"})
  void readsNumbersInFiguresAndWords(String number, int value) {
    assertThat(claims("भाजपा ने " + number + " सीटें जीतीं।"))
        .extracting(SeatClaim::party, SeatClaim::seats).containsExactly(tuple("BJP", value));
  }

  @Test
  void aNegatedOneIsZero() {
    assertThat(claims("कांग्रेस को एक भी सीट नहीं मिली।"))
        .extracting(SeatClaim::party, SeatClaim::seats, SeatClaim::kind).containsExactly(tuple("INC", 0, "won"));
  }

  @Test
  void aRangeIsOneClaimAndABoundGivesItsFigure() {
    assertThat(claims("सर्वे में भाजपा को 88-112 सीटें मिल सकती हैं।"))
        .extracting(SeatClaim::seats, SeatClaim::seatsMax, SeatClaim::kind).containsExactly(tuple(88, 112, "projected"));
    assertThat(claims("कांग्रेस को 15 से 25 सीटें मिलेंगी।"))
        .extracting(SeatClaim::seats, SeatClaim::seatsMax).containsExactly(tuple(15, 25));
    assertThat(claims("भाजपा 200 से अधिक सीटें जीतेगी।")).extracting(SeatClaim::seats, SeatClaim::seatsMax)
        .containsExactly(tuple(200, null));
    assertThat(claims("भाजपा कम से कम 25 सीटें जीतेगी।")).extracting(SeatClaim::seats).containsExactly(25);
  }

  @Test
  void outOfGivesTheTotalAndTheShare() {
    assertThat(claims("राज्य की 230 सीटों में से 163 पर भाजपा ने जीत हासिल की।"))
        .extracting(SeatClaim::party, SeatClaim::seats, SeatClaim::kind)
        .containsExactly(tuple("TOTAL", 230, "total"), tuple("BJP", 163, "won"));
    assertThat(claims("भाजपा ने 29 लोकसभा सीटों में से 28 सीटें जीतीं।"))
        .extracting(SeatClaim::party, SeatClaim::seats)
        .containsExactly(tuple("TOTAL", 29), tuple("BJP", 28));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = ';', value = {
      "भाजपा ने 163 सीटें जीतीं।;won",
      "कांग्रेस ने 20 सीटें गंवाईं।;lost",
      "रुझानों में भाजपा 160 सीटों पर आगे है।;leading",
      "कांग्रेस 65 सीटों पर बढ़त बनाए हुए है।;leading",
      "एग्जिट पोल में भाजपा को 140 सीटें मिलने का अनुमान है।;projected",
      "भाजपा को 120 सीटें मिल सकती हैं।;projected",
      "भाजपा 17 सीटों पर चुनाव लड़ेगी।;contested",
      "आप ने 58 सीटों पर उम्मीदवार उतारे।;contested",
      "सीट बंटवारे में कांग्रेस को 9 सीटें मिलीं।;allotted",
      "कांग्रेस के हिस्से में 16 सीटें आईं।;allotted",
      "मौजूदा विधानसभा में भाजपा के पास 109 सीटें हैं।;held",
      "भाजपा की 10 सीटें।;other"})
  void readsTheKindFromTheVerbAndCues(String sentence, String kind) {
    assertThat(claims(sentence)).extracting(SeatClaim::kind).containsExactly(kind);
  }

  @Test
  void theMajorityMarkAndTheHouseSizeBelongToTotal() {
    assertThat(claims("बहुमत के लिए 116 का आंकड़ा जरूरी है।"))
        .extracting(SeatClaim::party, SeatClaim::seats, SeatClaim::kind).containsExactly(tuple("TOTAL", 116, "majority"));
    assertThat(claims("भाजपा ने 272 का जादुई आंकड़ा पार किया।"))
        .extracting(SeatClaim::party, SeatClaim::seats, SeatClaim::kind).containsExactly(tuple("TOTAL", 272, "majority"));
    assertThat(claims("543 सीटों वाली लोकसभा में भाजपा सबसे बड़ी पार्टी है।"))
        .extracting(SeatClaim::party, SeatClaim::seats, SeatClaim::kind).containsExactly(tuple("TOTAL", 543, "total"));
    assertThat(claims("राज्य की 90 सीटों पर मतदान होगा।"))
        .extracting(SeatClaim::party, SeatClaim::kind).containsExactly(tuple("TOTAL", "total"));
  }

  @Test
  void governmentOppositionAndOthers() {
    assertThat(claims("सरकार के पास 120 सीटें हैं।")).extracting(SeatClaim::party).containsExactly("GOV");
    assertThat(claims("विपक्ष के पास 80 सीटें हैं।")).extracting(SeatClaim::party).containsExactly("OPP");
    assertThat(claims("भाजपा को 163, कांग्रेस को 66 और अन्य को 1 सीट मिली।"))
        .extracting(SeatClaim::party, SeatClaim::seats).containsExactly(tuple("BJP", 163), tuple("INC", 66));
    assertThat(claims("निर्दलीयों ने 12 सीटें जीतीं।")).isEmpty();
  }

  @Test
  void implicitSubjectsComeFromTheSentenceBeforeOrTheSpeaker() {
    assertThat(claims("कांग्रेस पार्टी को भाजपा के सामने हार मिली. पार्टी महज 52 सीटों पर सिमट गई."))
        .extracting(SeatClaim::party, SeatClaim::seats, SeatClaim::kind).containsExactly(tuple("INC", 52, "won"));
    assertThat(claims("अशोक गहलोत ने कहा कि हमें 26 सीटें मिल सकती हैं।"))
        .extracting(SeatClaim::party, SeatClaim::kind).containsExactly(tuple("INC", "projected"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "पुलिस ने बिना सीट बेल्ट के 52 चालकों का चालान काटा।", "इस कार में 7 सीटें हैं।",
      "वंदे भारत ट्रेन में 1128 सीटें हैं।", "विमान में 180 सीटें थीं।", "बस की 42 सीटें भरी हुई थीं।",
      "शौचालय में 10 नई सीटें लगाई गईं।", "एमबीबीएस की 100 सीटें बढ़ाई गईं।", "इंजीनियरिंग की 50 हजार सीटें खाली रह गईं।",
      "महिलाओं के लिए 33 प्रतिशत सीटें आरक्षित होंगी।", "संयुक्त राष्ट्र सुरक्षा परिषद में 5 स्थायी सीटें हैं।",
      "नलवा सीट से विधायक ने कहा।", "इंदौर-1 सीट से भाजपा उम्मीदवार मैदान में हैं।",
      "भाजपा के नेता भोपाल की एक सीट पर विधायक रह चुके हैं।", "वे दो-दो सीटों से चुनाव लड़ रहे हैं।"})
  void rejectsTheOtherSensesOfSeat(String sentence) {
    assertThat(claims(sentence)).isEmpty();
  }

  @Test
  void theElectionIsStatedOrInferredFromTheDateAndHouse() {
    assertThat(claims("2019 के लोकसभा चुनाव में कांग्रेस को 52 सीटें मिलीं।"))
        .extracting(SeatClaim::election).containsExactly("Lok Sabha 2019");
    assertThat(claims("मध्य प्रदेश विधानसभा चुनाव में भाजपा ने 163 सीटें जीतीं।", DEC_2023))
        .extracting(SeatClaim::election).containsExactly("Madhya Pradesh Assembly 2023");
    assertThat(claims("मध्य प्रदेश विधानसभा चुनाव में भाजपा 150 सीटें जीतेगी।", LocalDate.of(2023, 10, 1)))
        .extracting(SeatClaim::election).containsExactly("Madhya Pradesh Assembly 2023");
    assertThat(claims("लोकसभा में भाजपा ने 240 सीटें जीतीं।", LocalDate.of(2024, 7, 1)))
        .extracting(SeatClaim::election).containsExactly("Lok Sabha 2024");
    assertThat(claims("भाजपा ने 163 सीटें जीतीं।", DEC_2023)).extracting(SeatClaim::election).containsExactly("unknown");
  }

  @Test
  void theQuoteIsTheExactSpanOfTheOriginalText() {
    String text = "मध्य प्रदेश में भाजपा ने १६३ सीटें जीतीं और कांग्रेस ने ६६ सीटें जीतीं।";
    List<SeatClaim> found = claims(text);
    assertThat(found).extracting(SeatClaim::quote).containsExactly("भाजपा ने १६३ सीटें जीतीं", "कांग्रेस ने ६६ सीटें जीतीं");
    found.forEach(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote()));
  }
}

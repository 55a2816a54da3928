package com.forecourt.vehicle.projection.search.understanding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabularyTest {

    @Test
    void canLoadTheVocabularyOfTheRepository() {
        Vocabulary vocabulary = Vocabulary.standard();

        assertThat(vocabulary.make("Mercedes").label()).isEqualTo("Mercedes-Benz");
    }

    @Test
    void canOfferSimilarMakesForEveryMakeOfTheVocabulary() {
        assertThat(Vocabulary.standard().concepts().stream().filter(c -> c.kind() == ConceptKind.MAKE))
                .allSatisfy(make -> assertThat(make.similar()).as(make.label()).isNotEmpty());
    }

    @Test
    void canFindAMakeWrittenWithoutItsAccent() {
        assertThat(Vocabulary.standard().make("CITROEN").label()).isEqualTo("Citroën");
    }

    @Test
    void cannotLoadAVocabularyWhosePhraseNamesTwoConcepts() {
        assertThatThrownBy(() -> Vocabulary.parse("""
                version 1
                body Estate = tourer
                body MPV = tourer
                """)).hasMessageContaining("'tourer' names both Estate and MPV");
    }

    @Test
    void cannotLoadAVocabularyWhoseSimilarMakeIsUnknown() {
        assertThatThrownBy(() -> Vocabulary.parse("""
                version 1
                make Lexus = lexus | similar Toyoda
                """)).hasMessageContaining("similar make Toyoda is unknown");
    }

    @Test
    void cannotLoadAVocabularyWithoutAVersion() {
        assertThatThrownBy(() -> Vocabulary.parse("fuel Diesel = diesel | value DIESEL"))
                .hasMessageContaining("no version");
    }
}

package org.stance4j.datasets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stance4j.model.Stance.CONDEMNING;
import static org.stance4j.model.Stance.NEUTRAL;
import static org.stance4j.model.Stance.SUPPORTIVE;

class RelabelAgreementTest {
    @Test
    void countsAgreementAndCohensKappa() {
        // corpus, A, B: A agrees with the corpus on 3 rows, B on 2, A with B on 2
        List<RelabelAgreement.Row> rows = List.of(
                new RelabelAgreement.Row(SUPPORTIVE, SUPPORTIVE, SUPPORTIVE),
                new RelabelAgreement.Row(SUPPORTIVE, SUPPORTIVE, CONDEMNING),
                new RelabelAgreement.Row(CONDEMNING, CONDEMNING, CONDEMNING),
                new RelabelAgreement.Row(CONDEMNING, NEUTRAL, SUPPORTIVE));
        RelabelAgreement agreement = RelabelAgreement.of(rows);
        assertEquals(4, agreement.rows());
        assertEquals(3, agreement.aWithCorpus());
        assertEquals(2, agreement.bWithCorpus());
        assertEquals(2, agreement.aWithB());
        // observed 0.5; chance (2*2 + 1*2 + 1*0) / 16 = 0.375; kappa = 0.125 / 0.625
        assertEquals(0.2, agreement.kappaAB(), 1e-12);
    }

    @Test
    void theShippedRelabelingCoversCorpusRowsOnly() {
        RelabelAgreement agreement = RelabelAgreement.ofBundled(BundledCorpus.load());
        assertEquals(500, agreement.rows());
    }
}

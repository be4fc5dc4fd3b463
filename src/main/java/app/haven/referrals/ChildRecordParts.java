package app.haven.referrals;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the child's referrals page shows beside the referrals: disclosures, NRM referrals and the information-sharing log. */
@Component
class ChildRecordParts {

    private final SharingDecisions sharing;
    private final DisclosureQueries disclosures;
    private final NrmQueries nrms;

    ChildRecordParts(SharingDecisions sharing, DisclosureQueries disclosures, NrmQueries nrms) {
        this.sharing = sharing;
        this.disclosures = disclosures;
        this.nrms = nrms;
    }

    void addTo(List<Long> records, Model model) {
        model.addAttribute("disclosures", disclosures.forChild(records));
        model.addAttribute("nrms", nrms.forChild(records));
        model.addAttribute("sharing", sharing.forChild(records));
    }
}

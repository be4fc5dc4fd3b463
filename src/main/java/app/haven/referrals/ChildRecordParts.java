package app.haven.referrals;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the child's referrals page shows beside the referrals: the information-sharing log. */
@Component
class ChildRecordParts {

    private final SharingDecisions sharing;

    ChildRecordParts(SharingDecisions sharing) {
        this.sharing = sharing;
    }

    void addTo(List<Long> records, Model model) {
        model.addAttribute("sharing", sharing.forChild(records));
    }
}

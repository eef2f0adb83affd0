package org.peerproof.domain.request;

import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference requests the signed-in staff member may see: program managers and admins see the whole queue,
 * sales see only the requests they filed, everyone else none.
 */
@Service
public class VisibleRequests {

    private final ReferenceRequestRepository requests;

    public VisibleRequests(ReferenceRequestRepository requests) {
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public List<StaffRequestView> list(SignedInUser user) {
        var visible = seesAll(user) ? requests.findAllByOrderByNeededByAsc()
                : requests.findByRequestedByIgnoreCaseOrderByNeededByAsc(salesEmail(user));
        return visible.stream().map(StaffRequestView::of).toList();
    }

    /** Empty when the request does not exist or is not the user's to see. */
    @Transactional(readOnly = true)
    public Optional<StaffRequestView> find(SignedInUser user, Long id) {
        var found = seesAll(user) ? requests.findById(id)
                : requests.findByIdAndRequestedByIgnoreCase(id, salesEmail(user));
        return found.map(StaffRequestView::of);
    }

    private static boolean seesAll(SignedInUser user) {
        return user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
    }

    private static String salesEmail(SignedInUser user) {
        if (!user.hasRole(Roles.SALES) || user.email() == null) {
            throw new AccessDeniedException("Only sales, program managers and admins see reference requests");
        }
        return user.email();
    }
}

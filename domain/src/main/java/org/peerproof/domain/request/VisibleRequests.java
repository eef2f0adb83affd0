package org.peerproof.domain.request;

import java.util.List;
import java.util.Optional;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.shared.RecordNotFoundException;
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
        return lookup(user, id).map(StaffRequestView::of);
    }

    /**
     * The request itself, for a service about to read or act on it on the user's behalf: call inside that
     * service's transaction.
     *
     * @throws RecordNotFoundException when it does not exist or is not the user's to see
     */
    @Transactional
    public ReferenceRequest require(SignedInUser user, Long id) {
        return lookup(user, id).orElseThrow(() -> new RecordNotFoundException("request.notFound", id));
    }

    private Optional<ReferenceRequest> lookup(SignedInUser user, Long id) {
        return seesAll(user) ? requests.findById(id) : requests.findByIdAndRequestedByIgnoreCase(id, salesEmail(user));
    }

    /** Whether the user may see this request, e.g. one reached through its ask. */
    public static boolean maySee(SignedInUser user, ReferenceRequest request) {
        return seesAll(user) || request.getRequestedBy().equalsIgnoreCase(salesEmail(user));
    }

    /** Program managers and admins see and manage every request; sales only their own. */
    public static boolean seesAll(SignedInUser user) {
        return user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
    }

    private static String salesEmail(SignedInUser user) {
        if (!user.hasRole(Roles.SALES) || user.email() == null) {
            throw new AccessDeniedException("Only sales, program managers and admins see reference requests");
        }
        return user.email();
    }
}

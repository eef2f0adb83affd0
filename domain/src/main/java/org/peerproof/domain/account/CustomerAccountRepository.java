package org.peerproof.domain.account;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerAccountRepository extends JpaRepository<CustomerAccount, Long> {

    /** The accounts a customer success manager owns the relationship with. */
    List<CustomerAccount> findByRelationshipOwnerIgnoreCaseOrderByCompanyNameAsc(String relationshipOwner);

    List<CustomerAccount> findAllByOrderByCompanyNameAsc();

    /** Accounts after ({@code name}, {@code id}) by company name, then id: one keyset page (index V18). */
    @Query("""
            select c from CustomerAccount c
            where c.companyName > :name or (c.companyName = :name and c.id > :id)
            order by c.companyName, c.id""")
    List<CustomerAccount> findPageAfter(String name, long id, Limit limit);

    /** {@link #findPageAfter} among the accounts whose relationship this customer success manager owns. */
    @Query("""
            select c from CustomerAccount c
            where lower(c.relationshipOwner) = lower(:owner)
              and (c.companyName > :name or (c.companyName = :name and c.id > :id))
            order by c.companyName, c.id""")
    List<CustomerAccount> findOwnedPageAfter(String owner, String name, long id, Limit limit);

    /** The accounts advocates may pick: staff have reviewed them. */
    List<CustomerAccount> findByPendingReviewFalseOrderByCompanyNameAsc();

    /**
     * Reviewed accounts whose name contains {@code contains}, those starting with {@code prefix} first. Both are
     * LIKE patterns in lower case with {@code !} as escape character. Accents compare as equal through the
     * database's accent-insensitive collation (utf8mb4 "ai"/"ci"), so "Muller" finds "Müller".
     */
    @Query("""
            select a from CustomerAccount a
            where a.pendingReview = false and lower(a.companyName) like :contains escape '!'
            order by case when lower(a.companyName) like :prefix escape '!' then 0 else 1 end, a.companyName""")
    List<CustomerAccount> searchReviewedByName(@Param("contains") String contains, @Param("prefix") String prefix,
                                               Limit limit);
}

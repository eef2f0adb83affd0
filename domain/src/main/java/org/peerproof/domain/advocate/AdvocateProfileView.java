package org.peerproof.domain.advocate;

import java.util.Set;

/** What an advocate sees of their own profile on the portal's first page and in the API's "me". */
public record AdvocateProfileView(Long id, String name, String email, String title, AdvocateStatus status,
                                  String companyName, String tierName, Set<String> languages, String timeZone,
                                  boolean profileComplete) {

    static AdvocateProfileView of(Advocate advocate) {
        var account = advocate.getAccount();
        var tier = advocate.getTier();
        return new AdvocateProfileView(advocate.getId(), advocate.getName(), advocate.getEmail(), advocate.getTitle(),
                advocate.getStatus(), account == null ? null : account.getCompanyName(),
                tier == null ? null : tier.getName(), Set.copyOf(advocate.getLanguages()), advocate.getTimeZone().getId(),
                EditableProfile.isComplete(advocate));
    }
}

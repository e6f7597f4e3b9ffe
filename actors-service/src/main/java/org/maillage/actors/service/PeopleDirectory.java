package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.maillage.actors.domain.Person;
import org.maillage.actors.domain.PersonFilter;
import org.maillage.actors.repository.PersonRepository;
import org.maillage.actors.repository.SearchWords;
import org.maillage.commons.paging.PageRequest;

/**
 * People across organisations. Reading them follows the rules of each organisation's own list: any caller that
 * reads the registry sees the same fields, and contact data exists only where the person consented.
 */
@ApplicationScoped
public class PeopleDirectory {

    private final PersonRepository people;
    private final SearchWords searchWords;

    public PeopleDirectory(PersonRepository people, SearchWords searchWords) {
        this.people = people;
        this.searchWords = searchWords;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> page(PersonFilter filter, PageRequest page) {
        String words = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            words = searchWords.literal(filter.text());
            if (words == null) {
                return List.of(); // nothing but punctuation: no word to find
            }
        }
        return people.directory(filter, words, page);
    }
}

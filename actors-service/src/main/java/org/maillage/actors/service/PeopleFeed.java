package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.maillage.actors.domain.Person;
import org.maillage.actors.repository.PersonRepository;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.SyncPage;
import org.maillage.commons.sync.Checkpoint;

/** The people's change feed: every organisation's people, removed and erased ones as their tombstones. */
@ApplicationScoped
public class PeopleFeed {

    /** The feed's name, as the migration's trigger writes it. */
    public static final String FEED = "people";

    private final ChangeFeed feed;
    private final PersonRepository people;

    public PeopleFeed(ChangeFeed feed, PersonRepository people) {
        this.feed = feed;
        this.people = people;
    }

    @Transactional
    public SyncPage<Person> changes(String token, PageRequest page) {
        return feed.page(Checkpoint.decode(FEED, token), page, people::byIds);
    }
}

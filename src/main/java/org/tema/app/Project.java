package org.tema.app;

import java.nio.file.Path;
import java.util.List;
import org.tema.model.SearchHit;
import org.tema.store.CandidateThemeRepository;
import org.tema.store.IntegrityCheck;
import org.tema.store.ProjectCounts;
import org.tema.store.ProjectFile;

/**
 * One open project and its use cases: the API that the GUI and the command line call. Opening it
 * takes the project file's exclusive lock; closing it releases the lock.
 */
public final class Project implements AutoCloseable {
    private final ProjectFile file;
    private final Stores stores;
    private final History history;
    private final CoderIdentity coder;
    private final Documents documents;
    private final CodeBook codeBook;
    private final Coding coding;
    private final Categories categories;
    private final Participants participants;
    private final Journal journal;
    private final Retrieval retrieval;
    private final Matrices matrices;
    private final SummaryGrids summaryGrids;
    private final CodeSplit codeSplit;
    private final AutoCoding autoCoding;
    private final Facts facts;
    private final Omissions omissions;
    private final Reporting reporting;
    private final CandidateThemes candidateThemes;
    private final Overview overview;

    private Project(ProjectFile file) {
        this.file = file;
        this.stores = Stores.of(file);
        this.history = new History(file.transactions());
        this.coder = CoderIdentity.fromSystem();
        this.documents = new Documents(stores, history);
        this.codeBook = new CodeBook(stores, history);
        this.coding = new Coding(stores, history, coder);
        this.categories = new Categories(stores, history);
        this.participants = new Participants(stores, history);
        this.journal = new Journal(stores, history);
        this.retrieval = new Retrieval(stores);
        this.matrices = new Matrices(stores, retrieval);
        this.summaryGrids = new SummaryGrids(stores, history, retrieval);
        this.codeSplit = new CodeSplit(stores, history);
        this.autoCoding = new AutoCoding(stores, history, coder);
        this.facts = new Facts(stores);
        this.omissions = new Omissions(stores, history);
        this.reporting = new Reporting(stores, retrieval, matrices, facts);
        this.candidateThemes = new CandidateThemes(new CandidateThemeRepository(file), history);
        this.overview = new Overview(stores);
    }

    public static Project create(Path path) {
        return new Project(ProjectFile.create(path));
    }

    public static Project open(Path path) {
        return new Project(ProjectFile.open(path));
    }

    public String name() {
        return file.name();
    }

    public Path path() {
        return file.path();
    }

    public Stores stores() {
        return stores;
    }

    public History history() {
        return history;
    }

    public CoderIdentity coder() {
        return coder;
    }

    public Documents documents() {
        return documents;
    }

    public CodeBook codeBook() {
        return codeBook;
    }

    public Coding coding() {
        return coding;
    }

    public Categories categories() {
        return categories;
    }

    public Participants participants() {
        return participants;
    }

    public Journal journal() {
        return journal;
    }

    public Retrieval retrieval() {
        return retrieval;
    }

    public Matrices matrices() {
        return matrices;
    }

    public SummaryGrids summaryGrids() {
        return summaryGrids;
    }

    public CodeSplit codeSplit() {
        return codeSplit;
    }

    public AutoCoding autoCoding() {
        return autoCoding;
    }

    public Facts facts() {
        return facts;
    }

    /** Parts of coded passages left out when they are quoted. */
    public Omissions omissions() {
        return omissions;
    }

    /** Word reports, Excel workbooks and CSV tables of the project. */
    public Reporting reporting() {
        return reporting;
    }

    public CandidateThemes candidateThemes() {
        return candidateThemes;
    }

    public Overview overview() {
        return overview;
    }

    public List<SearchHit> search(String query) {
        return stores.search().search(query);
    }

    /** The first {@code limit} hits of a full-text search, for a result list that shows a page at a time. */
    public List<SearchHit> search(String query, int limit) {
        return stores.search().search(query, limit);
    }

    public ProjectCounts counts() {
        return ProjectCounts.of(file);
    }

    /** Problems found by a full check of the file; empty when it is sound. */
    public List<String> check() {
        return new IntegrityCheck(file).run();
    }

    /** Runs several steps as one transaction (for bulk work such as an import); they are not undoable one by one. */
    public void inTransaction(Runnable work) {
        file.transactions().run(work);
    }

    @Override
    public void close() {
        file.close();
    }
}

-- A covering index of documents' metadata: a document's text lies before these columns in its row,
-- so listing documents without it would otherwise read every text's overflow pages.
CREATE INDEX document_listing ON document (id, guid, name, original_file_name, format, word_count,
    group_name, interview_date, memo);

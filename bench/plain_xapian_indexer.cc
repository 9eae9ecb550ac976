// The baseline for bench/index_throughput.sh: the least a Xapian indexer of a JSON Lines archive
// does. Title and text are indexed with positions and stemmed in the article's language, the
// id is the unique term, title and text are the document data. No folding, no filters, no
// extraction, one thread.
#include <xapian.h>

#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: plain_xapian_indexer INDEX FILE.jsonl\n";
    return 2;
  }
  try {
    Xapian::WritableDatabase database(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator terms;
    std::map<std::string, Xapian::Stem> stemmers;
    std::ifstream in(argv[2]);
    std::string line;
    std::size_t count = 0;
    while (std::getline(in, line)) {
      auto record = nlohmann::json::parse(line, nullptr, false);
      if (!record.is_object()) continue;
      std::string id = record.value("id", "");
      std::string title = record["title"].is_string() ? record["title"].get<std::string>() : "";
      std::string text = record["text"].is_string() ? record["text"].get<std::string>() : "";
      std::string language =
          record["language"].is_string() ? record["language"].get<std::string>() : "";
      auto stemmer = stemmers.find(language);
      if (stemmer == stemmers.end()) {
        Xapian::Stem stem;
        try {
          stem = Xapian::Stem(language);
        } catch (const Xapian::InvalidArgumentError&) {
        }
        stemmer = stemmers.emplace(language, stem).first;
      }
      Xapian::Document document;
      terms.set_document(document);
      terms.set_stemmer(stemmer->second);
      terms.index_text(title, 1, "S");
      terms.index_text(title);
      terms.increase_termpos();
      terms.index_text(text);
      document.set_data(title + "\n" + text);
      std::string id_term = "Q" + id;
      document.add_boolean_term(id_term);
      database.replace_document(id_term, document);
      ++count;
    }
    database.commit();
    std::cout << count << '\n';
  } catch (const Xapian::Error& error) {
    std::cerr << "plain_xapian_indexer: " << error.get_description() << '\n';
    return 1;
  }
  return 0;
}

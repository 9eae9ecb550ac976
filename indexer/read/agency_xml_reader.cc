#include "agency_xml_reader.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>
#include <vector>

#include "byte_size.h"
#include "feed_dates.h"
#include "html_document.h"
#include "html_text.h"
#include "input_limits.h"
#include "line_reader.h"
#include "publication_date.h"
#include "schema.h"
#include "whole_file.h"
#include "xml_document.h"

namespace newsindex {
namespace {

// Agency formats are matched by local name in any namespace: NITF comes in none or in IPTC's,
// NewsML-G2 in IPTC's, and no name of theirs means two things.

// A <person> holding more than this is a passage someone marked up, not a name.
constexpr std::size_t kMaxAnnotationBytes = 200;

// Article metadata in the archive's order, each pair once.
class MetadataList {
 public:
  void add(std::string key, std::string value) {
    if (value.empty() || value.size() > kMaxAnnotationBytes) return;
    if (!seen_.emplace(key, value).second) return;
    pairs_.emplace_back(std::move(key), std::move(value));
  }
  void add_all(const MetadataList& other) {
    for (const auto& [key, value] : other.pairs_) add(key, value);
  }
  [[nodiscard]] std::vector<std::pair<std::string, std::string>> take() {
    return std::move(pairs_);
  }

 private:
  std::set<std::pair<std::string, std::string>> seen_;
  std::vector<std::pair<std::string, std::string>> pairs_;
};

// A story's fields as found, before the checks every story gets.
struct StoryFields {
  std::string id;
  std::string title;
  std::string text;
  std::string source;
  std::string url;
  std::string language;
  std::string section;
  std::vector<std::string> authors;
  MetadataList metadata;
  std::string date;           // as written
  std::size_t date_line = 0;  // of the element that gives it
};

bool is_story_block(std::string_view name) {
  // NITF's own blocks besides the HTML ones it shares (p, table, ul, ...).
  static constexpr std::array<std::string_view, 7> kBlocks = {
      "block", "hl2", "bq", "fn", "nitf-table", "media-caption", "tagline"};
  return is_block_element(name) || std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end();
}

bool is_hidden_story_element(std::string_view name) {
  // Media references and embedded objects (base64 pictures) are no text; a media caption is.
  static constexpr std::array<std::string_view, 5> kHidden = {
      "media-reference", "media-object", "media-metadata", "media-producer", "nitf-table-metadata"};
  return is_hidden_element(name) ||
         std::find(kHidden.begin(), kHidden.end(), name) != kHidden.end();
}

// The paragraphs under `node` (NITF body.content, an XHTML body). Recursive, within libxml2's
// depth limit for documents (256 levels).
void append_story_text(const xmlNode* node, ParagraphText& out) {
  if (node == nullptr) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) out.add_text(reinterpret_cast<const char*>(child->content));
      continue;
    }
    if (child->type != XML_ELEMENT_NODE) continue;
    std::string_view name = local_name(child);
    if (is_hidden_story_element(name)) continue;
    bool block = is_story_block(name);
    if (block) out.end_block();
    append_story_text(child, out);
    if (block) out.end_block();
  }
}

std::string story_text(const xmlNode* node) {
  ParagraphText text;
  append_story_text(node, text);
  return text.take();
}

// The words of an element whose children are parts of one name
// (<name.given>Barack</name.given><name.family>Obama</name.family>): a space between parts.
std::string name_text(const xmlNode* node) {
  ParagraphText text;
  if (node == nullptr) return {};
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      text.add_text(" ");
      text.add_text(text_content(child));
      text.add_text(" ");
    } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) text.add_text(reinterpret_cast<const char*>(child->content));
    }
  }
  return text.take();
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The code of a qualified code without its scheme: "picture" of "ninat:picture" or of
// "http://cv.iptc.org/newscodes/ninature/picture".
std::string_view code_of(std::string_view qcode) {
  std::size_t cut = qcode.find_last_of(":/");
  return cut == std::string_view::npos ? qcode : qcode.substr(cut + 1);
}

bool is_web_address(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://");
}

// "By Jane Doe and John Roe, Staff Writers" is Jane Doe and John Roe: what follows a comma is
// their title or agency.
std::vector<std::string> byline_names(std::string_view byline) {
  std::string text = collapse_white_space(byline);
  if (lowercase(std::string_view(text).substr(0, 3)) == "by ") text.erase(0, 3);
  if (std::size_t cut = text.find_first_of(",;|"); cut != std::string::npos) text.resize(cut);
  std::vector<std::string> names;
  std::string_view rest = text;
  while (!rest.empty()) {
    std::size_t and_at = rest.find(" and ");
    std::size_t amp_at = rest.find(" & ");
    std::size_t cut = std::min(and_at, amp_at);
    std::string name = collapse_white_space(rest.substr(0, cut));
    if (!name.empty()) names.push_back(std::move(name));
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + (cut == and_at ? 5 : 3));
  }
  return names;
}

// A NITF byline's authors: the <person> elements in it, or else its words without the
// author's title (<byttl>).
std::vector<std::string> nitf_byline_authors(const xmlNode* byline) {
  std::vector<std::string> names;
  visit_elements(byline, [&](const xmlNode* element) {
    if (local_name(element) == "person") {
      std::string name = name_text(element);
      if (!name.empty()) names.push_back(std::move(name));
      return false;
    }
    return true;
  });
  if (!names.empty()) return names;
  std::string words;
  for (const xmlNode* child = byline->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && local_name(child) == "byttl") continue;
    words += text_content(child);
    words += child->type == XML_ELEMENT_NODE ? " " : "";
  }
  return byline_names(words);
}

// The metadata key of an inline entity annotation, or "" for other elements.
std::string_view annotation_key(std::string_view element) {
  if (element == "person") return "person";
  if (element == "org") return "org";
  if (element == "location") return "location";
  if (element == "event") return "event";
  return {};
}

void take_date(StoryFields& story, const xmlNode* element, std::string_view value) {
  if (!story.date.empty() || element == nullptr) return;
  story.date = collapse_white_space(value);
  story.date_line = line_of(element);
}

// Everything a NITF document says of its story.
StoryFields read_nitf(const xmlNode* nitf) {
  StoryFields story;
  const xmlNode* head = child_element(nitf, "head");
  const xmlNode* body = child_element(nitf, "body");
  const xmlNode* docdata = child_element(head, "docdata");
  const xmlNode* pubdata = child_element(head, "pubdata");
  const xmlNode* body_head = child_element(body, "body.head");
  const xmlNode* doc_id = child_element(docdata, "doc-id");
  const xmlNode* dateline = child_element(body_head, "dateline");

  story.id = collapse_white_space(attribute(doc_id, "id-string"));
  story.title = collapsed_text(child_element(child_element(body_head, "hedline"), "hl1"));
  if (story.title.empty()) story.title = collapsed_text(child_element(head, "title"));

  // The issue date is the agency's own for the story; the dateline's is as the reporter wrote
  // it; the publication's is the paper's.
  const xmlNode* issue = child_element(docdata, "date.issue");
  take_date(story, issue, attribute(issue, "norm"));
  const xmlNode* story_date = child_element(dateline, "story.date");
  take_date(story, story_date, attribute(story_date, "norm"));
  take_date(story, pubdata, attribute(pubdata, "date.publication"));
  const xmlNode* release = child_element(docdata, "date.release");
  take_date(story, release, attribute(release, "norm"));

  story.source = collapse_white_space(attribute(pubdata, "name"));
  if (story.source.empty()) story.source = collapsed_text(child_element(body_head, "distributor"));
  if (story.source.empty()) story.source = collapse_white_space(attribute(doc_id, "regsrc"));
  if (std::string address = collapse_white_space(attribute(pubdata, "ex-ref"));
      is_web_address(address)) {
    story.url = address;
  }
  story.section = collapse_white_space(attribute(pubdata, "position.section"));

  std::string language = xml_language(child_element(body, "body.content"));
  if (language.empty()) language = xml_language(body);
  if (language.empty()) language = xml_language(docdata);
  if (language.empty()) {
    for (const xmlNode* meta : child_elements(head, "meta")) {
      std::string name = lowercase(attribute(meta, "name"));
      if (name == "language" || name == "lang" || name == "dc.language") {
        language = attribute(meta, "content");
        break;
      }
    }
  }
  story.language = schema::language_code(collapse_white_space(language));

  for (const xmlNode* byline : child_elements(body_head, "byline")) {
    for (std::string& name : nitf_byline_authors(byline)) {
      if (std::find(story.authors.begin(), story.authors.end(), name) == story.authors.end()) {
        story.authors.push_back(std::move(name));
      }
    }
  }

  story.text = story_text(child_element(body, "body.content"));
  if (story.text.empty()) story.text = story_text(child_element(body_head, "abstract"));

  // Subject codes, keywords and entity annotations, in the document's order.
  visit_elements(nitf, [&](const xmlNode* element) {
    std::string_view name = local_name(element);
    if (name == "tobject.subject") {
      std::string code = collapse_white_space(attribute(element, "tobject.subject.refnum"));
      if (code.empty()) code = collapse_white_space(attribute(element, "tobject.subject.matter"));
      if (code.empty()) code = collapse_white_space(attribute(element, "tobject.subject.type"));
      story.metadata.add("subject", code);
    } else if (name == "keyword") {
      story.metadata.add("keyword", collapse_white_space(attribute(element, "key")));
    } else if (std::string_view key = annotation_key(name); !key.empty()) {
      story.metadata.add(std::string(key), name_text(element));
    }
    return true;
  });
  return story;
}

// What an entity subject's type (cpnat:person, ...) is as an annotation key, or "".
std::string_view subject_entity_key(std::string_view type) {
  std::string_view code = code_of(type);
  if (code == "person") return "person";
  if (code == "organisation" || code == "organization") return "org";
  if (code == "geoArea" || code == "poi") return "location";
  if (code == "event") return "event";
  return {};
}

// A G2 concept's name: its first <name>, else its literal.
std::string concept_name(const xmlNode* concept_element) {
  std::string name = collapsed_text(child_element(concept_element, "name"));
  if (name.empty()) name = collapse_white_space(attribute(concept_element, "literal"));
  return name;
}

// The text of a G2 content element (inlineXML or inlineData). What the document inside says
// besides (a NITF head and annotations, an XHTML title) goes to `inline_story`; `has_nitf` says
// whether it was NITF.
std::string inline_text(const xmlNode* content, StoryFields* inline_story, bool* has_nitf) {
  if (is_element(content, "inlineData")) {
    std::string type = lowercase(collapse_white_space(attribute(content, "contenttype")));
    if (lowercase(attribute(content, "encoding")) == "base64") return {};
    if (type == "text/html" || type == "application/xhtml+xml") {
      return html_fragment_text(text_content(content));
    }
    if (type.empty() || type.starts_with("text/")) {
      return plain_text_paragraphs(text_content(content));
    }
    return {};
  }
  const xmlNode* root = nullptr;
  for (const xmlNode* child = content->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      root = child;
      break;
    }
  }
  if (root == nullptr) return {};
  std::string_view name = local_name(root);
  if (name == "nitf") {
    *inline_story = read_nitf(root);
    *has_nitf = true;
    return inline_story->text;
  }
  if (name == "html") {
    if (inline_story->title.empty()) {
      inline_story->title = collapsed_text(child_element(child_element(root, "head"), "title"));
    }
    return story_text(child_element(root, "body"));
  }
  return story_text(content);
}

// Why a newsItem is not indexed.
struct NotIndexed {
  ProblemKind kind;
  std::string reason;
};

// Reads a newsItem into `story`; says why when it holds no text to index.
std::optional<NotIndexed> read_news_item(const xmlNode* item, StoryFields& story) {
  const xmlNode* item_meta = child_element(item, "itemMeta");
  const xmlNode* content_meta = child_element(item, "contentMeta");
  const xmlNode* content_set = child_element(item, "contentSet");

  std::string item_class =
      collapse_white_space(attribute(child_element(item_meta, "itemClass"), "qcode"));
  std::string_view kind = code_of(item_class);
  // A picture or a video in a stream of news is what the agency meant to send: not a problem
  // with the input, but the user hears of what was passed over.
  if (!kind.empty() && kind != "text" && kind != "composite") {
    return NotIndexed{ProblemKind::kWarning,
                      "a " + std::string(kind) + " (itemClass " + item_class + "), not text"};
  }

  StoryFields nitf;
  bool has_nitf = false;
  bool has_remote = false;
  for (const xmlNode* child = content_set != nullptr ? content_set->children : nullptr;
       child != nullptr && story.text.empty(); child = child->next) {
    if (is_element(child, "inlineXML") || is_element(child, "inlineData")) {
      story.text = inline_text(child, &nitf, &has_nitf);
    } else if (is_element(child, "remoteContent")) {
      has_remote = true;
    }
  }
  if (story.text.empty()) {
    return NotIndexed{ProblemKind::kSkipped,
                      has_remote ? "its content is elsewhere (remoteContent), not in the item"
                                 : "no text in its contentSet (inlineXML or inlineData)"};
  }

  story.id = collapse_white_space(attribute(item, "guid"));
  if (story.id.empty()) story.id = nitf.id;
  story.title = collapsed_text(child_element(content_meta, "headline"));
  if (story.title.empty()) story.title = nitf.title;

  // contentCreated is when the story itself was written; firstCreated when this item first went
  // out; versionCreated changes with every correction, so that a fix made the next day would
  // move the story to a day it was not written on.
  for (const xmlNode* date :
       {child_element(content_meta, "contentCreated"), child_element(item_meta, "firstCreated"),
        child_element(item_meta, "versionCreated")}) {
    take_date(story, date, text_content(date));
  }
  if (story.date.empty()) {
    story.date = nitf.date;
    story.date_line = nitf.date_line;
  }

  for (const xmlNode* by : child_elements(content_meta, "by")) {
    for (std::string& name : byline_names(text_content(by))) story.authors.push_back(name);
  }
  if (story.authors.empty()) {
    for (const xmlNode* creator : child_elements(content_meta, "creator")) {
      if (std::string name = concept_name(creator); !name.empty()) story.authors.push_back(name);
    }
  }
  if (story.authors.empty()) story.authors = nitf.authors;

  const xmlNode* provider = child_element(item_meta, "provider");
  story.source = concept_name(provider);
  if (story.source.empty()) story.source = concept_name(child_element(content_meta, "infoSource"));
  if (story.source.empty()) story.source = nitf.source;
  if (story.source.empty()) {
    story.source = std::string(code_of(collapse_white_space(attribute(provider, "qcode"))));
  }

  // itemMeta links mostly point at other items (irel:seeAlso, previous versions); only one
  // that names no relation, or says it is the same story elsewhere, is the story's address.
  for (const xmlNode* link : child_elements(item_meta, "link")) {
    std::string rel(code_of(collapse_white_space(attribute(link, "rel"))));
    std::string address = collapse_white_space(attribute(link, "href"));
    if (is_web_address(address) &&
        (rel.empty() || rel == "canonical" || rel == "alternate" || rel == "self")) {
      story.url = address;
      break;
    }
  }
  if (story.url.empty()) story.url = nitf.url;

  std::string language =
      collapse_white_space(attribute(child_element(content_meta, "language"), "tag"));
  if (language.empty()) language = xml_language(item);
  story.language = language.empty() ? nitf.language : schema::language_code(language);
  story.section = nitf.section;

  for (const xmlNode* child = content_meta != nullptr ? content_meta->children : nullptr;
       child != nullptr; child = child->next) {
    std::string_view name = local_name(child);
    if (name == "located") {
      story.metadata.add("location", concept_name(child));
    } else if (name == "subject") {
      std::string_view key = subject_entity_key(collapse_white_space(attribute(child, "type")));
      if (!key.empty()) {
        story.metadata.add(std::string(key), concept_name(child));
        continue;
      }
      std::string code = collapse_white_space(attribute(child, "qcode"));
      if (code.empty()) code = collapse_white_space(attribute(child, "uri"));
      if (code.empty()) code = concept_name(child);
      story.metadata.add("subject", code);
    } else if (name == "keyword") {
      story.metadata.add("keyword", collapsed_text(child));
    }
  }
  if (has_nitf) story.metadata.add_all(nitf.metadata);
  return std::nullopt;
}

// The article of a story that has text; what is wrong with its date or length is reported.
Article story_article(StoryFields story, const SourceLocation& where,
                      const std::string& display_name, ProblemReporter& problems,
                      const std::optional<PublicationDate>& fallback_date) {
  Article article;
  article.origin = where;
  article.title = std::move(story.title);
  article.text = std::move(story.text);
  if (std::size_t size = article.text.size(); truncate_text(article.text)) {
    problems.report(
        ProblemKind::kDropped, where,
        "text of " + describe_size(size) + " cut to the first " + describe_size(kMaxTextBytes));
  }
  article.id = std::move(story.id);
  if (article.id.empty()) {
    article.id = schema::derived_article_id(article.title + '\n' + article.text);
  }
  article.source = std::move(story.source);
  article.url = std::move(story.url);
  article.language = std::move(story.language);
  article.authors = std::move(story.authors);
  article.section = std::move(story.section);
  article.metadata = story.metadata.take();

  SourceLocation date_where{display_name, story.date_line != 0 ? story.date_line : where.line};
  if (story.date.empty()) {
    article.date = fallback_date;
  } else if (std::optional<PublicationDate> parsed = parse_feed_date(story.date)) {
    if (std::optional<std::string> reason = implausible_date_reason(*parsed)) {
      problems.report(ProblemKind::kWarning, date_where, *reason);
    }
    article.date = std::move(parsed);
  } else {
    problems.report(ProblemKind::kDropped, date_where, unparsable_feed_date_reason(story.date));
  }
  return article;
}

}  // namespace

struct AgencyXmlReader::Items {
  std::unique_ptr<XmlDocument> document;
  // The <nitf> of a NITF file, or the file's <newsItem>s.
  std::vector<const xmlNode*> stories;
  std::size_t next = 0;
};

AgencyXmlReader::AgencyXmlReader(const std::filesystem::path& path, std::string display_name,
                                 ProblemReporter& problems, const ReaderOptions& options)
    : path_(path), display_name_(std::move(display_name)), problems_(problems), options_(options) {
  WholeFile file = read_input_file(path_, display_name_, kMaxXmlFileBytes);
  content_ = std::move(file.content);
  stored_size_ = file.stored_size;
}

AgencyXmlReader::~AgencyXmlReader() = default;

std::optional<Article> AgencyXmlReader::next() {
  if (!parsed_) {
    parsed_ = true;
    items_ = std::make_unique<Items>();
    items_->document = parse_xml_input(std::move(content_), display_name_, problems_);
    const xmlNode* root = items_->document ? items_->document->root() : nullptr;
    std::string_view root_name = local_name(root);
    if (root == nullptr) {
      // Reported by parse_xml_input.
    } else if (root_name == "nitf") {
      items_->stories.push_back(root);
    } else if (root_name == "newsMessage" || root_name == "newsItem" ||
               root_name == "packageItem") {
      visit_elements(root, [&](const xmlNode* element) {
        if (local_name(element) == "newsItem") items_->stories.push_back(element);
        return true;
      });
      if (items_->stories.empty()) {
        problems_.report(ProblemKind::kWarning, {display_name_, line_of(root)},
                         root_name == "packageItem"
                             ? "a NewsML-G2 packageItem only refers to news items: nothing to read"
                             : "no newsItem in the file: nothing to read");
      }
    } else {
      problems_.report(ProblemKind::kSkipped, {display_name_, line_of(root)},
                       "root element <" + std::string(root_name) + "> is not NITF or NewsML-G2");
    }
  }
  while (items_->next < items_->stories.size()) {
    const xmlNode* node = items_->stories[items_->next++];
    consumed_ = stored_size_ * items_->next / items_->stories.size();
    SourceLocation where{display_name_, line_of(node)};
    StoryFields story;
    if (local_name(node) == "nitf") {
      story = read_nitf(node);
      if (story.text.empty()) {
        problems_.report(ProblemKind::kSkipped, where, "no text in the NITF body (body.content)");
        continue;
      }
    } else if (std::optional<NotIndexed> not_indexed = read_news_item(node, story)) {
      std::string guid = collapse_white_space(attribute(node, "guid"));
      problems_.report(not_indexed->kind, where,
                       (guid.empty() ? "newsItem" : "newsItem " + guid) + ": " +
                           not_indexed->reason + "; not indexed");
      continue;
    }
    return story_article(std::move(story), where, display_name_, problems_, options_.fallback_date);
  }
  consumed_ = stored_size_;
  return std::nullopt;
}

}  // namespace newsindex

#include "feed_reader.h"

#include <libxml/uri.h>

#include <span>
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

// RSS 2.0 and 0.9x elements are in no namespace; RSS 1.0 and 0.90 have their own, and a few
// feeds put RSS 2.0 in Userland's.
constexpr XmlNamespace kRss[] = {{"", ""},
                                 {"http://purl.org/rss/1.0/", ""},
                                 {"http://backend.userland.com/rss2", ""},
                                 {"http://my.netscape.com/rdf/simple/0.9/", ""},
                                 {"http://channel.netscape.com/rdf/simple/0.9/", ""}};
// Atom 1.0 and the 0.3 draft that some feeds still serve.
constexpr XmlNamespace kAtom[] = {{"http://www.w3.org/2005/Atom", "atom"},
                                  {"http://purl.org/atom/ns#", ""}};
// An Atom feed's own elements, also in feeds that forgot the namespace declaration.
constexpr XmlNamespace kAtomOrNone[] = {
    {"http://www.w3.org/2005/Atom", "atom"}, {"http://purl.org/atom/ns#", ""}, {"", ""}};
constexpr XmlNamespace kDublinCore[] = {{"http://purl.org/dc/elements/1.1/", "dc"}};
constexpr XmlNamespace kContent[] = {{"http://purl.org/rss/1.0/modules/content/", "content"}};

// What the whole feed says of its items.
struct FeedInfo {
  std::string title;
  std::string language;
  std::vector<std::string> authors;  // Atom: an entry without authors has the feed's
};

// An item's fields as found, before the checks every item gets.
struct ItemFields {
  std::string id;
  std::string title;
  std::string text;
  std::string url;
  std::string source;
  std::string language;
  std::vector<std::string> authors;
  std::vector<std::string> categories;
  const xmlNode* date = nullptr;
  bool has_text_element = false;  // content or a summary, even if it holds no text
};

bool has_element_children(const xmlNode* node) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) return true;
  }
  return false;
}

// The readable text of an element holding HTML: escaped or in CDATA (the usual), or written as
// elements (feeds that paste XHTML unescaped).
std::string html_text_of(const xmlNode* node) {
  if (node == nullptr) return {};
  if (!has_element_children(node)) return html_fragment_text(text_content(node));
  ParagraphText text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    append_text(child, text);
  }
  return text.take();
}

// The element's own xml:lang, not inherited: an item's language overrides its channel's
// <language>, which in turn overrides the xml:lang the channel inherits.
std::string own_language(const xmlNode* node) {
  xmlChar* language =
      xmlGetNsProp(node, reinterpret_cast<const xmlChar*>("lang"), XML_XML_NAMESPACE);
  if (language == nullptr) return {};
  std::string result = reinterpret_cast<const char*>(language);
  xmlFree(language);
  return result;
}

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// An Atom text construct (title, summary, content): plain text, escaped HTML or inline XHTML
// by its type. Content of another media type (an image, base64) is no text.
std::string atom_text(const xmlNode* node) {
  if (node == nullptr) return {};
  std::string type = lowercase(attribute(node, "type"));
  // Atom 0.3 said "escaped" in a mode attribute.
  if (lowercase(attribute(node, "mode")) == "escaped") type = "html";
  if (type == "xhtml" || type == "application/xhtml+xml") {
    ParagraphText text;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      append_text(child, text);
    }
    return text.take();
  }
  if (type == "html" || type == "text/html") return html_fragment_text(text_content(node));
  if (type.empty() || type == "text" || type.starts_with("text/")) {
    // Feeds that paste XHTML into a text construct still mean it as markup.
    if (has_element_children(node)) return html_text_of(node);
    return plain_text_paragraphs(text_content(node));
  }
  return {};
}

// "jdoe@example.com (John Doe)", as RSS's <author> has it, is John Doe; "John Doe
// <jdoe@example.com>" too.
std::string author_name(std::string text) {
  text = collapse_white_space(text);
  std::size_t open = text.find('(');
  std::size_t close = text.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open + 1 &&
      text.substr(0, open).find('@') != std::string::npos) {
    return collapse_white_space(text.substr(open + 1, close - open - 1));
  }
  std::size_t angle = text.find('<');
  if (angle != std::string::npos && angle > 0 && text.find('@', angle) != std::string::npos) {
    return collapse_white_space(text.substr(0, angle));
  }
  return text;
}

void add_unique(std::vector<std::string>& list, std::string value) {
  if (value.empty()) return;
  for (const std::string& existing : list) {
    if (existing == value) return;
  }
  list.push_back(std::move(value));
}

// An href as written, made absolute against xml:base when the feed gives one.
std::string resolved_href(const xmlNode* link) {
  std::string href = collapse_white_space(attribute(link, "href"));
  if (href.empty() || href.find("://") != std::string::npos) return href;
  xmlChar* base = xmlNodeGetBase(link->doc, link);
  if (base == nullptr) return href;
  xmlChar* absolute = xmlBuildURI(reinterpret_cast<const xmlChar*>(href.c_str()), base);
  xmlFree(base);
  if (absolute == nullptr) return href;
  std::string result = reinterpret_cast<const char*>(absolute);
  xmlFree(absolute);
  return result;
}

// Atom's link to the article: rel="alternate", which a link without rel means too.
std::string alternate_link(const xmlNode* parent, std::span<const XmlNamespace> namespaces) {
  const xmlNode* without_rel = nullptr;
  for (const xmlNode* link : child_elements(parent, "link", namespaces)) {
    std::string rel = collapse_white_space(attribute(link, "rel"));
    if (rel == "alternate") return resolved_href(link);
    if (rel.empty() && without_rel == nullptr) without_rel = link;
  }
  return without_rel != nullptr ? resolved_href(without_rel) : std::string();
}

std::vector<std::string> atom_authors(const xmlNode* parent) {
  std::vector<std::string> names;
  for (const xmlNode* author : child_elements(parent, "author", kAtomOrNone)) {
    add_unique(names, collapsed_text(child_element(author, "name", kAtomOrNone)));
  }
  return names;
}

FeedInfo rss_channel_info(const xmlNode* root) {
  FeedInfo info;
  const xmlNode* channel = child_element(root, "channel", kRss);
  if (channel == nullptr) return info;
  info.title = collapse_white_space(html_text_of(child_element(channel, "title", kRss)));
  std::string language = collapsed_text(child_element(channel, "language", kRss));
  if (language.empty()) language = collapsed_text(child_element(channel, "language", kDublinCore));
  if (language.empty()) language = xml_language(channel);
  info.language = schema::language_code(language);
  return info;
}

FeedInfo atom_feed_info(const xmlNode* feed) {
  FeedInfo info;
  info.title = collapse_white_space(atom_text(child_element(feed, "title", kAtomOrNone)));
  info.language = schema::language_code(xml_language(feed));
  info.authors = atom_authors(feed);
  return info;
}

ItemFields rss_item(const xmlNode* item, const FeedInfo& feed) {
  ItemFields fields;
  const xmlNode* title = child_element(item, "title", kRss);
  if (title == nullptr) title = child_element(item, "title", kDublinCore);
  // A headline is one line, whatever markup it came in.
  fields.title = collapse_white_space(html_text_of(title));

  const xmlNode* content = child_element(item, "encoded", kContent);
  const xmlNode* description = child_element(item, "description", kRss);
  if (description == nullptr) description = child_element(item, "description", kDublinCore);
  fields.has_text_element = content != nullptr || description != nullptr;
  fields.text = html_text_of(content);
  if (fields.text.empty()) fields.text = html_text_of(description);

  fields.url = collapsed_text(child_element(item, "link", kRss));
  if (fields.url.empty()) fields.url = alternate_link(item, kAtom);
  const xmlNode* guid = child_element(item, "guid", kRss);
  fields.id = collapsed_text(guid);
  // A guid is the item's permanent link unless it says otherwise.
  if (fields.url.empty() && guid != nullptr && attribute(guid, "isPermaLink") != "false" &&
      (fields.id.starts_with("http://") || fields.id.starts_with("https://"))) {
    fields.url = fields.id;
  }
  if (fields.id.empty()) fields.id = collapse_white_space(attribute(item, "about"));  // RSS 1.0

  fields.date = child_element(item, "pubDate", kRss);
  if (fields.date == nullptr) fields.date = child_element(item, "date", kDublinCore);
  if (fields.date == nullptr) fields.date = child_element(item, "published", kAtom);
  if (fields.date == nullptr) fields.date = child_element(item, "updated", kAtom);

  for (const xmlNode* author : child_elements(item, "author", kRss)) {
    add_unique(fields.authors, author_name(text_content(author)));
  }
  for (const xmlNode* creator : child_elements(item, "creator", kDublinCore)) {
    add_unique(fields.authors, collapsed_text(creator));
  }
  for (const xmlNode* category : child_elements(item, "category", kRss)) {
    add_unique(fields.categories, collapsed_text(category));
  }
  for (const xmlNode* subject : child_elements(item, "subject", kDublinCore)) {
    add_unique(fields.categories, collapsed_text(subject));
  }

  // <source> names the feed the item was first published in.
  fields.source = collapsed_text(child_element(item, "source", kRss));
  if (fields.source.empty()) fields.source = feed.title;
  std::string language = collapsed_text(child_element(item, "language", kDublinCore));
  if (language.empty()) language = own_language(item);
  fields.language = language.empty() ? feed.language : schema::language_code(language);
  return fields;
}

ItemFields atom_entry(const xmlNode* entry, const FeedInfo& feed) {
  ItemFields fields;
  fields.title = collapse_white_space(atom_text(child_element(entry, "title", kAtomOrNone)));
  const xmlNode* content = child_element(entry, "content", kAtomOrNone);
  const xmlNode* summary = child_element(entry, "summary", kAtomOrNone);
  fields.has_text_element = content != nullptr || summary != nullptr;
  // Content given by reference (src) is elsewhere; the summary is what the feed holds.
  if (content != nullptr && attribute(content, "src").empty()) fields.text = atom_text(content);
  if (fields.text.empty()) fields.text = atom_text(summary);

  fields.url = alternate_link(entry, kAtomOrNone);
  fields.id = collapsed_text(child_element(entry, "id", kAtomOrNone));
  // published is when the article first appeared; updated moves with every correction. The
  // others are Atom 0.3's names.
  for (std::string_view name : {"published", "issued", "updated", "modified", "created"}) {
    if (fields.date == nullptr) fields.date = child_element(entry, name, kAtomOrNone);
  }
  if (fields.date == nullptr) fields.date = child_element(entry, "date", kDublinCore);

  fields.authors = atom_authors(entry);
  for (const xmlNode* creator : child_elements(entry, "creator", kDublinCore)) {
    add_unique(fields.authors, collapsed_text(creator));
  }
  const xmlNode* source = child_element(entry, "source", kAtomOrNone);
  if (fields.authors.empty()) fields.authors = atom_authors(source);
  if (fields.authors.empty()) fields.authors = feed.authors;
  for (const xmlNode* category : child_elements(entry, "category", kAtomOrNone)) {
    std::string label = collapse_white_space(attribute(category, "label"));
    add_unique(fields.categories,
               label.empty() ? collapse_white_space(attribute(category, "term")) : label);
  }

  // An entry copied from another feed names it in <source>.
  fields.source = collapse_white_space(atom_text(child_element(source, "title", kAtomOrNone)));
  if (fields.source.empty()) fields.source = feed.title;
  std::string language = own_language(entry);
  if (language.empty() && content != nullptr) language = own_language(content);
  fields.language = language.empty() ? feed.language : schema::language_code(language);
  return fields;
}

// The article of an item or entry, or nullopt (reported) when it has none.
std::optional<Article> item_article(ItemFields fields, const SourceLocation& where,
                                    ProblemReporter& problems,
                                    const std::optional<PublicationDate>& fallback_date) {
  if (fields.text.empty()) {
    std::string reason;
    if (fields.has_text_element) {
      reason = "no text in its content or summary";
    } else if (fields.title.empty()) {
      reason = "empty item: no title, content or summary";
    } else {
      reason = "no content or summary (the item has only a title)";
    }
    problems.report(ProblemKind::kSkipped, where, reason);
    return std::nullopt;
  }

  Article article;
  article.origin = where;
  article.title = std::move(fields.title);
  article.text = std::move(fields.text);
  if (std::size_t size = article.text.size(); truncate_text(article.text)) {
    problems.report(
        ProblemKind::kDropped, where,
        "text of " + describe_size(size) + " cut to the first " + describe_size(kMaxTextBytes));
  }
  article.url = std::move(fields.url);
  article.id = !fields.id.empty() ? std::move(fields.id) : article.url;
  if (article.id.empty()) {
    article.id = schema::derived_article_id(article.title + '\n' + article.text);
  }
  article.source = std::move(fields.source);
  article.language = std::move(fields.language);
  article.authors = std::move(fields.authors);
  if (!fields.categories.empty()) {
    article.section = fields.categories.front();
    for (std::size_t i = 1; i < fields.categories.size(); ++i) {
      article.metadata.emplace_back("category", fields.categories[i]);
    }
  }

  std::string date = collapse_white_space(text_content(fields.date));
  if (fields.date == nullptr || date.empty()) {
    article.date = fallback_date;
  } else if (std::optional<PublicationDate> parsed = parse_feed_date(date)) {
    if (std::optional<std::string> reason = implausible_date_reason(*parsed)) {
      problems.report(ProblemKind::kWarning, where, *reason);
    }
    article.date = std::move(parsed);
  } else {
    problems.report(ProblemKind::kDropped, where, unparsable_feed_date_reason(date));
  }
  return article;
}

}  // namespace

struct FeedReader::Feed {
  std::unique_ptr<XmlDocument> document;
  bool atom = false;
  FeedInfo info;
  std::vector<const xmlNode*> items;
  std::size_t next_item = 0;
};

FeedReader::FeedReader(const std::filesystem::path& path, std::string display_name,
                       ProblemReporter& problems, const ReaderOptions& options)
    : path_(path), display_name_(std::move(display_name)), problems_(problems), options_(options) {
  WholeFile file = read_input_file(path_, display_name_, kMaxXmlFileBytes);
  content_ = std::move(file.content);
  stored_size_ = file.stored_size;
}

FeedReader::~FeedReader() = default;

std::optional<Article> FeedReader::next() {
  if (!parsed_) {
    parsed_ = true;
    feed_ = std::make_unique<Feed>();
    feed_->document = parse_xml_input(std::move(content_), display_name_, problems_);
    const xmlNode* root = feed_->document ? feed_->document->root() : nullptr;
    if (root != nullptr) {
      std::string_view name = local_name(root);
      feed_->atom = name == "feed";
      if (feed_->atom) {
        feed_->info = atom_feed_info(root);
      } else if (name == "rss" || name == "RDF") {
        feed_->info = rss_channel_info(root);
      } else {
        problems_.report(ProblemKind::kSkipped, {display_name_, line_of(root)},
                         "root element <" + std::string(name) + "> is not RSS or Atom");
        root = nullptr;
      }
    }
    // Items anywhere below the root: RSS 1.0 has them beside the channel, not in it, and a
    // document recovered from an error may have nested the items after it in a broken one.
    visit_elements(root, [&](const xmlNode* element) {
      if (feed_->atom ? is_element(element, "entry", kAtomOrNone)
                      : is_element(element, "item", kRss)) {
        feed_->items.push_back(element);
      }
      return true;
    });
    if (root != nullptr && feed_->items.empty()) {
      problems_.report(ProblemKind::kWarning, {display_name_, 0},
                       feed_->atom ? "the feed holds no entries" : "the feed holds no items");
    }
  }
  while (feed_->next_item < feed_->items.size()) {
    const xmlNode* item = feed_->items[feed_->next_item++];
    consumed_ = stored_size_ * feed_->next_item / feed_->items.size();
    SourceLocation where{display_name_, line_of(item)};
    ItemFields fields = feed_->atom ? atom_entry(item, feed_->info) : rss_item(item, feed_->info);
    if (std::optional<Article> article =
            item_article(std::move(fields), where, problems_, options_.fallback_date)) {
      return article;
    }
  }
  consumed_ = stored_size_;
  return std::nullopt;
}

}  // namespace newsindex

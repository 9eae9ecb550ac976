#include "main_text_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <vector>

#include "html_document.h"

namespace newsindex {
namespace {

// One run of text between block boundaries, with what the classifier looks at.
struct TextBlock {
  std::string text;
  std::size_t words = 0;
  std::size_t linked_words = 0;
  // The element whose children the text is in, and that element's ancestors up to the root,
  // nearest first (for finding the region that holds the article).
  std::vector<const xmlNode*> ancestors;
  bool boilerplate = false;  // inside navigation, a footer, a cookie banner, ...
  bool heading = false;
  bool paragraph = false;  // a <p> or <blockquote>: what article text is written in
  bool content = false;

  [[nodiscard]] double link_density() const {
    return words == 0 ? 0.0 : static_cast<double>(linked_words) / static_cast<double>(words);
  }
  // Words per line of text wrapped at 80 columns, the last line left out when there are
  // several: long flowing text scores high, short labels low.
  [[nodiscard]] double text_density() const {
    constexpr std::size_t kLineWidth = 80;
    std::size_t lines = 0;
    std::size_t column = 0;
    std::size_t words_before_last_line = 0;
    std::size_t words_so_far = 0;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      std::size_t length = end - start;
      if (column > 0 && column + 1 + length > kLineWidth) {
        ++lines;
        words_before_last_line = words_so_far;
        column = 0;
      }
      column += (column > 0 ? 1 : 0) + length;
      ++words_so_far;
      start = end + 1;
    }
    if (lines == 0) return static_cast<double>(words);
    return static_cast<double>(words_before_last_line) / static_cast<double>(lines);
  }
};

std::string lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

// Words of the class and id attributes, split at anything but letters and digits.
std::vector<std::string> name_tokens(const xmlNode* node) {
  std::vector<std::string> tokens;
  for (const char* key : {"class", "id"}) {
    std::string value = lowercase(attribute(node, key));
    std::string token;
    for (char c : value) {
      if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
        token += c;
      } else if (!token.empty()) {
        tokens.push_back(std::move(token));
        token.clear();
      }
    }
    if (!token.empty()) tokens.push_back(std::move(token));
  }
  return tokens;
}

bool is_boilerplate_token(std::string_view token) {
  static constexpr std::array<std::string_view, 44> kTokens = {
      "nav",         "navbar",        "navigation", "menu",        "footer",   "sidebar",
      "cookie",      "cookies",       "consent",    "gdpr",        "banner",   "share",
      "sharing",     "social",        "related",    "recommended", "recirc",   "newsletter",
      "subscribe",   "subscription",  "signup",     "promo",       "advert",   "ad",
      "ads",         "advertisement", "sponsored",  "comments",    "comment",  "breadcrumb",
      "breadcrumbs", "masthead",      "popup",      "modal",       "outbrain", "taboola",
      "popular",     "trending",      "widget",     "toolbar",     "skip",     "paywall",
      "disqus",      "tags"};
  return std::find(kTokens.begin(), kTokens.end(), token) != kTokens.end();
}

// Whether the element is navigation, a banner, a footer and the like by what it is. Its class
// and id are weighed apart (class_says_boilerplate), since they misfire on containers.
bool is_boilerplate_element(const xmlNode* node, std::string_view name) {
  if (name == "nav" || name == "footer" || name == "aside" || name == "form" || name == "header" ||
      name == "button" || name == "dialog" || name == "menu") {
    return true;
  }
  std::string role = lowercase(attribute(node, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "menu" || role == "menubar" || role == "dialog" ||
      role == "alertdialog" || role == "search") {
    return true;
  }
  if (lowercase(attribute(node, "aria-hidden")) == "true") return true;
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr;
}

bool class_says_boilerplate(const xmlNode* node, std::string_view name) {
  // The page's outer elements are never dropped for their class ("has-sidebar" on <body>).
  if (name == "body" || name == "html" || name == "main" || name == "article") return false;
  std::vector<std::string> tokens = name_tokens(node);
  return std::any_of(tokens.begin(), tokens.end(),
                     [](const std::string& token) { return is_boilerplate_token(token); });
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte == ' ' || byte == '\n') {
      in_word = false;
    } else if (byte >= 0xE3 && byte <= 0xE9) {
      // Chinese and Japanese are written without spaces: each ideograph or kana (a three-byte
      // sequence led by 0xE3-0xE9) counts as a word.
      ++words;
      in_word = false;
      i += 2;
    } else if (!in_word) {
      ++words;
      in_word = true;
    }
  }
  return words;
}

// Bytes of visible text under each element that has a class or id, and in the whole page.
class TextSizes {
 public:
  explicit TextSizes(const xmlNode* root) { total_ = measure(root, 0); }

  [[nodiscard]] std::size_t total() const { return total_; }
  [[nodiscard]] std::size_t under(const xmlNode* node) const {
    auto it = sizes_.find(node);
    return it == sizes_.end() ? 0 : it->second;
  }

 private:
  std::size_t measure(const xmlNode* node, int depth) {
    std::size_t size = 0;
    if (depth > 512) return size;
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content != nullptr) size += xmlStrlen(node->content);
        continue;
      }
      if (node->type != XML_ELEMENT_NODE || is_hidden_element(element_name(node))) continue;
      std::size_t inner = measure(node->children, depth + 1);
      if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("class")) != nullptr ||
          xmlHasProp(node, reinterpret_cast<const xmlChar*>("id")) != nullptr) {
        sizes_[node] = inner;
      }
      size += inner;
    }
    return size;
  }

  std::unordered_map<const xmlNode*, std::size_t> sizes_;
  std::size_t total_ = 0;
};

// Cuts the page into text blocks.
class BlockCollector {
 public:
  std::vector<TextBlock> collect(const xmlNode* root) {
    TextSizes sizes(root);
    sizes_ = &sizes;
    walk(root, 0);
    flush();
    return std::move(blocks_);
  }

 private:
  void walk(const xmlNode* node, int depth) {
    if (depth > 512) return;
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content == nullptr) continue;
        std::string_view text = reinterpret_cast<const char*>(node->content);
        current_text_.add_text(text);
        if (anchor_depth_ > 0) {
          linked_text_ += text;
          linked_text_ += ' ';
        }
        continue;
      }
      if (node->type != XML_ELEMENT_NODE) continue;
      std::string_view name = element_name(node);
      if (is_hidden_element(name)) continue;
      bool block = is_block_element(name);
      // A class like "sidebar" or "share" marks boilerplate on a small element; on one that holds
      // a quarter of the page's text it names a layout ("penci_sidebar": has a sidebar).
      bool boilerplate =
          is_boilerplate_element(node, name) ||
          (class_says_boilerplate(node, name) &&
           static_cast<double>(sizes_->under(node)) < kMostBoilerplateShare * sizes_->total());
      if (block || boilerplate) flush();
      if (block) block_name_ = name;
      path_.push_back(node);
      boilerplate_depth_ += boilerplate ? 1 : 0;
      anchor_depth_ += name == "a" ? 1 : 0;
      walk(node->children, depth + 1);
      anchor_depth_ -= name == "a" ? 1 : 0;
      boilerplate_depth_ -= boilerplate ? 1 : 0;
      if (block || boilerplate) flush();
      path_.pop_back();
    }
  }

  void flush() {
    std::string text = current_text_.take();
    if (!text.empty()) {
      TextBlock block;
      block.words = count_words(text);
      block.linked_words = std::min(block.words, count_words(linked_text_));
      block.text = std::move(text);
      block.ancestors.assign(path_.rbegin(), path_.rend());
      block.boilerplate = boilerplate_depth_ > 0;
      block.heading = block_name_.size() == 2 && block_name_[0] == 'h' && block_name_[1] >= '1' &&
                      block_name_[1] <= '6';
      block.paragraph = block_name_ == "p" || block_name_ == "blockquote";
      blocks_.push_back(std::move(block));
    }
    current_text_ = ParagraphText();
    linked_text_.clear();
    block_name_ = path_.empty() ? std::string_view() : element_name(path_.back());
  }

  static constexpr double kMostBoilerplateShare = 0.25;

  const TextSizes* sizes_ = nullptr;
  std::vector<TextBlock> blocks_;
  std::vector<const xmlNode*> path_;
  ParagraphText current_text_;
  std::string linked_text_;
  std::string_view block_name_;
  int boilerplate_depth_ = 0;
  int anchor_depth_ = 0;
};

// Kohlschütter et al.'s decision tree over a block's and its neighbours' link and text density
// (their "DensityRulesClassifier"), learnt on news pages.
void classify(std::vector<TextBlock>& blocks) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    TextBlock& block = blocks[i];
    if (block.boilerplate) continue;
    double previous_links = i > 0 ? blocks[i - 1].link_density() : 0.0;
    double previous_density = i > 0 ? blocks[i - 1].text_density() : 0.0;
    double next_density = i + 1 < blocks.size() ? blocks[i + 1].text_density() : 0.0;
    double density = block.text_density();
    if (block.link_density() > 0.333333) continue;
    if (previous_links <= 0.555556) {
      if (density <= 9) {
        block.content = next_density > 10 || previous_density > 4;
      } else {
        block.content = next_density != 0;
      }
    } else {
      block.content = next_density > 11;
    }
  }
}

// "By Anna Kowalska | 25 January 2025": the byline above the text is the author field's, and
// read as text it gives the entity tagger a name without context. English bylines only.
bool is_byline(const TextBlock& block) {
  constexpr std::size_t kMaxBylineWords = 15;
  return block.words <= kMaxBylineWords &&
         (block.text.starts_with("By ") || block.text.starts_with("BY "));
}

}  // namespace

MainText MainTextExtractor::extract(const xmlNode* root, std::string_view title) const {
  MainText result;
  if (root == nullptr) return result;
  std::vector<TextBlock> blocks = BlockCollector().collect(root);
  classify(blocks);

  std::size_t content_words = 0;
  std::unordered_map<const xmlNode*, std::size_t> words_under;
  for (const TextBlock& block : blocks) {
    result.page_words += block.words;
    if (!block.content) continue;
    content_words += block.words;
    for (const xmlNode* ancestor : block.ancestors) words_under[ancestor] += block.words;
  }
  if (content_words == 0) return result;

  // The article is the deepest element holding most of the content text: a lone dense block
  // elsewhere (a teaser, a bio) does not pull the region up to the whole page, and the article's
  // short paragraphs inside the region are kept although too short to be content on their own.
  constexpr double kRegionShare = 0.6;
  const xmlNode* region = nullptr;
  std::size_t region_depth = 0;
  for (const TextBlock& block : blocks) {
    if (!block.content) continue;
    for (std::size_t up = 0; up < block.ancestors.size(); ++up) {
      const xmlNode* ancestor = block.ancestors[up];
      if (static_cast<double>(words_under[ancestor]) < kRegionShare * content_words) continue;
      std::size_t depth = block.ancestors.size() - up;
      if (region == nullptr || depth > region_depth) {
        region = ancestor;
        region_depth = depth;
      }
      break;
    }
  }

  auto in_region = [&](const TextBlock& block) {
    return std::find(block.ancestors.begin(), block.ancestors.end(), region) !=
           block.ancestors.end();
  };
  std::size_t first = blocks.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].content && in_region(blocks[i])) {
      first = std::min(first, i);
      last = i;
    }
  }
  std::string folded_title = lowercase(title);
  // Bylines are looked for only above the text, not in it ("By then, ...").
  constexpr std::size_t kMaxLeadWords = 30;
  for (std::size_t i = first; i <= last && i < blocks.size(); ++i) {
    const TextBlock& block = blocks[i];
    if (block.boilerplate || !in_region(block)) continue;
    bool keep =
        block.content || ((block.paragraph || block.heading) && block.link_density() <= 0.2);
    if (!keep) continue;
    if (!folded_title.empty() && lowercase(block.text) == folded_title) continue;
    if (result.words < kMaxLeadWords && is_byline(block)) continue;
    if (!result.text.empty()) result.text += "\n\n";
    result.text += block.text;
    result.words += block.words;
  }
  return result;
}

}  // namespace newsindex

// "newsquery show": finding an article's entity forms in its text, the loader on a small archive,
// and the human and JSON writers on views written by hand.
#include "article_view.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "article_loader.h"
#include "command_runner.h"
#include "mention_finder.h"
#include "report_writer.h"
#include "small_archive.h"
#include "terminal_text.h"

namespace newsindex {
namespace {

using schema::EntityKind;

std::vector<std::string> found_text(std::string_view text, const std::vector<TextSpan>& spans) {
  std::vector<std::string> found;
  for (const TextSpan& span : spans)
    found.emplace_back(text.substr(span.begin, span.end - span.begin));
  return found;
}

TEST(MentionFinderTest, FindsFormsOnWordBoundariesWhateverTheirCaseAndAccents) {
  MentionFinder finder;
  finder.add("Zelensky", 0);
  const std::string text = "ZELENSKY met Zélensky; Zelenskyism is no name. zelensky.";
  std::vector<std::vector<TextSpan>> spans = finder.find(text);
  ASSERT_EQ(spans.size(), 1u);
  // Lower case "zelensky" is not the capitalised name; "Zelenskyism" is another word.
  EXPECT_EQ(found_text(text, spans[0]), (std::vector<std::string>{"ZELENSKY", "Zélensky"}));
}

TEST(MentionFinderTest, AWordTheNameCapitalisesIsNotFoundInLowerCase) {
  MentionFinder finder;
  finder.add("Theresa May", 0);
  finder.add("May", 0);
  const std::string text = "Theresa May said it may rain. MAY spoke. May left.";
  EXPECT_EQ(found_text(text, finder.find(text)[0]),
            (std::vector<std::string>{"Theresa May", "MAY", "May"}));
}

TEST(MentionFinderTest, TheLongestFormWinsAndSpansDoNotOverlap) {
  MentionFinder finder;
  finder.add("Putin", 1);
  finder.add("Vladimir Putin", 0);
  const std::string text = "Vladimir\nPutin met Putin's envoy.";
  std::vector<std::vector<TextSpan>> spans = finder.find(text);
  ASSERT_EQ(spans.size(), 2u);
  // Across a line break, as stored forms have their white space collapsed.
  EXPECT_EQ(found_text(text, spans[0]), (std::vector<std::string>{"Vladimir\nPutin"}));
  // A possessive ending is left out of the span.
  EXPECT_EQ(found_text(text, spans[1]), (std::vector<std::string>{"Putin"}));
}

TEST(MentionFinderTest, PunctuationInAFormIsMatchedWhole) {
  MentionFinder finder;
  finder.add("U.S.", 0);
  const std::string text = "The U.S. and US troops; U.S.A. is not it.";
  EXPECT_EQ(found_text(text, finder.find(text)[0]), (std::vector<std::string>{"U.S."}));
}

TEST(MentionFinderTest, OwnersAddedFirstWinATie) {
  MentionFinder finder;
  finder.add("Baker", 1);
  finder.add("Baker", 0);
  const std::string text = "Baker said.";
  std::vector<std::vector<TextSpan>> spans = finder.find(text);
  EXPECT_EQ(spans[1].size(), 1u);
  EXPECT_TRUE(spans[0].empty());
}

TEST(MentionFinderTest, AHugeTextIsSearchedInItsFirstMegabytesOnly) {
  MentionFinder finder;
  finder.add("Nowak", 0);
  std::string text = "Nowak opened. ";
  while (text.size() < MentionFinder::kMaxSearchedBytes) text += "ż ";
  text += "Nowak again.";
  std::vector<std::vector<TextSpan>> spans = finder.find(text);
  ASSERT_EQ(spans[0].size(), 1u);
  EXPECT_EQ(spans[0][0], (TextSpan{0, 5}));
}

TEST(ArticleViewTest, DatesOverlappingAnEntityAreNotHighlighted) {
  ArticleView view;
  view.article.text = "April Smith came in April 2025.";
  view.entities.push_back({EntityKind::kPerson, "April Smith", "", 1, {}, {}, {{0, 11}}});
  view.dates.push_back({"2025-04", "mentions:2025-04", {{0, 5}, {20, 30}}});
  std::vector<Highlight> highlights = text_highlights(view);
  ASSERT_EQ(highlights.size(), 2u);
  EXPECT_EQ(highlights[0].span, (TextSpan{0, 11}));
  EXPECT_EQ(highlights[0].kind, HighlightKind::kEntity);
  EXPECT_EQ(highlights[1].span, (TextSpan{20, 30}));
  EXPECT_EQ(highlights[1].kind, HighlightKind::kDate);
}

class ArticleLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_archive(index_, testing::harbour_articles()); }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
};

TEST_F(ArticleLoaderTest, LoadsTheArticleWithItsEntitiesAndDatesInTheText) {
  std::optional<ArticleView> view = ArticleLoader(IndexLayout(index_)).load("h1");
  ASSERT_TRUE(view);
  EXPECT_EQ(view->article.title, "Harbour bridge opens in Gdańsk");
  ASSERT_EQ(view->entities.size(), 3u);
  // People first, then organisations and places; each with the filter facets print.
  const ArticleEntity& nowak = view->entities[0];
  EXPECT_EQ(nowak.name, "Anna Nowak");
  EXPECT_EQ(nowak.filter, "person:\"=Anna Nowak\"");
  EXPECT_EQ(nowak.mentions, 2u);
  EXPECT_EQ(found_text(view->article.text, nowak.in_text),
            (std::vector<std::string>{"Anna Nowak"}));
  EXPECT_EQ(view->entities[1].filter, "org:\"=Harbour Authority\"");
  // "the harbour authority" in lower case is not the name.
  EXPECT_TRUE(view->entities[1].in_text.empty());
  const ArticleEntity& gdansk = view->entities[2];
  EXPECT_EQ(gdansk.filter, "place:\"=Gdańsk\"");
  EXPECT_EQ(found_text(view->article.title, gdansk.in_title), (std::vector<std::string>{"Gdańsk"}));
  EXPECT_EQ(found_text(view->article.text, gdansk.in_text), (std::vector<std::string>{"Gdańsk"}));
  // The dates the index kept, found again by the date tagger.
  ASSERT_EQ(view->dates.size(), 2u);
  EXPECT_EQ(view->dates[0].filter, "mentions:" + view->dates[0].value);
  for (const ArticleDate& date : view->dates) {
    ASSERT_EQ(date.in_text.size(), 1u) << date.value;
    const std::string written = found_text(view->article.text, date.in_text)[0];
    EXPECT_NE(written.find(date.value == "2025-04-11" ? "Friday" : "Monday"), std::string::npos)
        << written;
  }
}

TEST_F(ArticleLoaderTest, AnUnknownIdIsNoArticle) {
  EXPECT_FALSE(ArticleLoader(IndexLayout(index_)).load("h9"));
  EXPECT_FALSE(ArticleLoader(IndexLayout(index_)).load(""));
}

// A view written by hand: "Müller" after a non-ASCII character, to tell code points from bytes.
ArticleView hand_view() {
  ArticleView view;
  view.article.id = "a1";
  view.article.title = "Müller in Łódź";
  view.article.date = "2025-04-11";
  view.article.source = "Baltic Wire";
  view.article.language = "en";
  view.article.authors = {"Jan Kowalski"};
  view.article.origin = "news.jsonl:3";
  view.article.metadata = {{"subject", "medtop:11000000"}, {"subject", "medtop:04000000"}};
  view.article.text = "Łódź: Karl Müller came in April 2025.\nMüller left.";
  // "Karl Müller" starts at byte 9 but code point 6: Ł, ó and ź are two bytes each.
  view.entities.push_back({EntityKind::kPerson,
                           "Karl Müller",
                           "person:\"=Karl Müller\"",
                           2,
                           {"Karl Müller", "Müller"},
                           {{0, 7}},
                           {{9, 21}, {42, 49}}});
  view.entities.push_back(
      {EntityKind::kPlace, "Łódź", "place:\"=Łódź\"", 2, {"Łódź"}, {{11, 18}}, {{0, 7}}});
  view.dates.push_back({"2025-04", "mentions:2025-04", {{30, 40}}});
  return view;
}

TEST(ArticleWritersTest, HumanOutputMarksMentionsAndListsFilters) {
  const ArticleView view = hand_view();
  ASSERT_EQ(view.article.text.substr(9, 12), "Karl Müller");
  ASSERT_EQ(view.article.text.substr(30, 10), "April 2025");
  std::ostringstream out;
  make_human_writer(out, HumanStyle{false, 100})->write(view);
  const std::string text = out.str();
  EXPECT_TRUE(text.starts_with("Müller in Łódź\n2025-04-11 · Baltic Wire · en\n")) << text;
  EXPECT_NE(text.find("origin   news.jsonl:3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("subject  medtop:11000000, medtop:04000000\n"), std::string::npos) << text;
  EXPECT_NE(text.find("[[Łódź]]: [[Karl Müller]] came in {{April 2025}}.\n[[Müller]] left.\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("People (1)\n  Karl Müller  2  person:\"=Karl Müller\"\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Mentioned dates (1)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("mentions:2025-04"), std::string::npos) << text;
}

TEST(ArticleWritersTest, HumanOutputColoursMentionsOnATerminal) {
  std::ostringstream out;
  make_human_writer(out, HumanStyle{true, 100})->write(hand_view());
  const std::string text = out.str();
  EXPECT_EQ(text.find("[["), std::string::npos);
  EXPECT_NE(text.find(std::string(sgr::kHighlight) + "Karl Müller" + sgr::kReset),
            std::string::npos);
  EXPECT_NE(text.find(std::string(sgr::kHighlightOther) + "April 2025" + sgr::kReset),
            std::string::npos);
}

TEST(ArticleWritersTest, JsonGivesCodePointOffsetsAndNullForAbsentFields) {
  const ArticleView view = hand_view();
  std::ostringstream out;
  make_json_writer(out)->write(view);
  const nlohmann::json json = nlohmann::json::parse(out.str());
  EXPECT_EQ(json["version"], kJsonFormatVersion);
  EXPECT_EQ(json["id"], "a1");
  EXPECT_TRUE(json["url"].is_null());
  EXPECT_TRUE(json["section"].is_null());
  EXPECT_EQ(json["origin"], "news.jsonl:3");
  EXPECT_EQ(json["authors"], nlohmann::json::array({"Jan Kowalski"}));
  EXPECT_EQ(json["metadata"]["subject"],
            nlohmann::json::array({"medtop:11000000", "medtop:04000000"}));
  const std::u32string text = [&] {
    std::u32string decoded;
    const std::string utf8 = json["text"].get<std::string>();
    for (std::size_t i = 0; i < utf8.size();) {
      const auto lead = static_cast<unsigned char>(utf8[i]);
      const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      char32_t c = length == 1 ? lead : lead & (0x7F >> length);
      for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (utf8[i + k] & 0x3F);
      decoded.push_back(c);
      i += length;
    }
    return decoded;
  }();
  const nlohmann::json& person = json["entities"]["person"][0];
  EXPECT_EQ(person["name"], "Karl Müller");
  EXPECT_EQ(person["filter"], "person:\"=Karl Müller\"");
  EXPECT_EQ(person["mentions"], 2);
  EXPECT_EQ(person["offsets"], nlohmann::json::parse("[[6, 17], [38, 44]]"));
  EXPECT_EQ(person["title_offsets"], nlohmann::json::parse("[[0, 6]]"));
  EXPECT_EQ(text.substr(6, 11), U"Karl Müller");
  EXPECT_EQ(text.substr(38, 6), U"Müller");
  EXPECT_EQ(json["entities"]["org"], nlohmann::json::array());
  EXPECT_EQ(json["entities"]["place"][0]["offsets"], nlohmann::json::parse("[[0, 4]]"));
  EXPECT_EQ(json["mentioned_dates"][0]["value"], "2025-04");
  EXPECT_EQ(json["mentioned_dates"][0]["filter"], "mentions:2025-04");
  EXPECT_EQ(json["mentioned_dates"][0]["offsets"], nlohmann::json::parse("[[26, 36]]"));
  EXPECT_EQ(text.substr(26, 10), U"April 2025");
}

}  // namespace
}  // namespace newsindex

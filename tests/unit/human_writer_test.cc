// The human writer on views built from a small archive and on views written by hand: the lines
// and columns people read.
#include <gtest/gtest.h>

#include <sstream>

#include "command_runner.h"
#include "entity_profile.h"
#include "human_facets.h"
#include "report_writer.h"
#include "searcher.h"
#include "small_archive.h"
#include "terminal_text.h"

namespace newsindex {
namespace {

using namespace std::chrono;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool has_line(const std::vector<std::string>& lines, const std::string& wanted) {
  return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

std::string heading(schema::EntityKind kind) {
  return std::string(schema::entity_kind_info(kind).heading);
}

class HumanWriterTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_archive(index_, testing::harbour_articles()); }

  SearchView search(const std::string& query) { return testing::search_newest(index_, query); }

  template <typename View>
  std::string written(const View& view, bool colour = false) {
    std::ostringstream out;
    make_human_writer(out, HumanStyle{colour, 100})->write(view);
    return out.str();
  }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
};

TEST_F(HumanWriterTest, HitsHaveAlignedColumnsUnderTheTotals) {
  std::vector<std::string> lines = lines_of(written(search("harbour")));
  ASSERT_GE(lines.size(), 8u);
  EXPECT_EQ(lines[0], "2 of 3 articles match (exact) · showing 1–2 · by newest");
  EXPECT_EQ(lines[1], "");
  // Rank, date (10 columns), source padded to the longest shown, title.
  EXPECT_EQ(lines[2], "1  2025-05-02  Harbour Times  Ferries return to the harbour");
  EXPECT_TRUE(has_line(lines, "2  2025-04-11  Baltic Wire    Harbour bridge opens in Gdańsk"));
  // Entities and mentioned dates under the snippet, indented like it.
  EXPECT_TRUE(has_line(lines, "   person: Anna Nowak · org: Harbour Authority · place: Gdańsk"));
  EXPECT_TRUE(has_line(lines, "   mentions: 2025-04-11, 2025-04-14"));
}

TEST_F(HumanWriterTest, FacetsFollowTheHitsWithTheKindTablesHeadings) {
  std::vector<std::string> lines = lines_of(written(search("harbour")));
  EXPECT_TRUE(has_line(lines, "Facets: exact counts over 2 articles"));
  auto heading_row = std::find_if(lines.begin(), lines.end(), [](const std::string& line) {
    return line.starts_with(heading(schema::EntityKind::kPerson) + " (1)");
  });
  ASSERT_NE(heading_row, lines.end());
  // One list after another, each value with its count and the filter that selects it, names,
  // counts and filters aligned across the lists.
  EXPECT_EQ(*(heading_row + 1), "  Anna Nowak         1  person:\"=Anna Nowak\"");
  EXPECT_TRUE(has_line(lines, heading(schema::EntityKind::kOrganisation) + " (1)"));
  EXPECT_NE(std::find_if(lines.begin(), lines.end(),
                         [](const std::string& line) {
                           return line.starts_with("  Harbour Authority  ") &&
                                  line.ends_with("  org:\"=Harbour Authority\"");
                         }),
            lines.end());
  EXPECT_TRUE(has_line(lines, heading(schema::EntityKind::kPlace) + " (2)"));
  EXPECT_TRUE(has_line(lines, "Published, by day"));
  // Runs of more than three empty days fold into one line, under the bars.
  EXPECT_TRUE(has_line(lines, std::string(15, ' ') + "┆ 20 empty days (2025-04-12 to 2025-05-01)"));
}

// A long name is not cut while the terminal has room for it, and cut to fit a narrow one; the
// filter is never cut, so that it can be copied.
TEST(HumanWriter, FacetNamesUseTheTerminalsWidthAndFiltersAreWhole) {
  const std::string name = "Organisation for Economic Co-operation and Development";
  const std::string filter = "org:\"=" + name + "\"";
  FacetList list{"org", {{name, 7, filter}}, 1};
  for (std::size_t columns : {200, 60}) {
    std::ostringstream out;
    write_facet_lists({&list}, HumanStyle{false, columns}, out);
    std::vector<std::string> lines = lines_of(out.str());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[1].ends_with("  7  " + filter)) << lines[1];
    if (columns == 200) {
      EXPECT_EQ(lines[1], "  " + name + "  7  " + filter);
    } else {
      EXPECT_LT(lines[1].size(), 60u + filter.size()) << lines[1];
      EXPECT_EQ(lines[1].substr(0, lines[1].find("  7  ")).find(name), std::string::npos)
          << lines[1];
    }
  }
}

TEST_F(HumanWriterTest, NoMatchIsOneLineAndABlankQueryShowsTheArchive) {
  EXPECT_EQ(written(search("zzzz")), "No articles match \"zzzz\" (3 articles searched).\n");
  std::vector<std::string> lines = lines_of(written(search("")));
  EXPECT_EQ(lines[0], "Archive: 3 articles, published 2025-04-11 to 2025-05-02");
  EXPECT_EQ(lines[1], "3 of 3 articles match (exact) · showing 1–3 · by newest");
}

TEST_F(HumanWriterTest, ColourOnlyWhenAsked) {
  std::string plain = written(search("harbour"));
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  std::string coloured = written(search("harbour"), true);
  EXPECT_NE(coloured.find(std::string(sgr::kBold) + "Ferries return to the harbour" + sgr::kReset),
            std::string::npos);
  EXPECT_NE(coloured.find(std::string(sgr::kHighlight) + "harbour" + sgr::kReset),
            std::string::npos);
}

TEST(HumanWriter, WritesAnEntityProfile) {
  EntityProfile profile;
  profile.kind = schema::EntityKind::kPerson;
  profile.name = "Anna Nowak";
  profile.filter = "person:\"=Anna Nowak\"";
  profile.aliases = {{"Nowak", 2}};
  profile.articles = 3;
  profile.first_mention = "2025-04-11";
  profile.last_mention = "2025-05-02";
  profile.timeline = {
      "", Granularity::kMonth, {{"2025-04", 2, "date:2025-04"}, {"2025-05", 1, ""}}};
  profile.cooccurring = {{"place", {{"Gdańsk", 2, "place:\"=Gdańsk\""}}, 1}};
  profile.recent = {{"h1", "2025-04-11T09:00:00", "Baltic Wire", "Harbour bridge opens"}};
  std::ostringstream out;
  make_human_writer(out, HumanStyle{false, 100})->write(profile);
  std::vector<std::string> lines = lines_of(out.str());
  ASSERT_GE(lines.size(), 12u);
  EXPECT_EQ(lines[0], "Anna Nowak (person)   filter: person:\"=Anna Nowak\"");
  EXPECT_EQ(lines[1], "  also written: Nowak (2)");
  EXPECT_EQ(lines[2], "  3 articles, first 2025-04-11, last 2025-05-02");
  EXPECT_EQ(lines[4], "Published, by month");
  EXPECT_TRUE(lines[5].starts_with("  2025-04 2 │")) << lines[5];
  EXPECT_TRUE(has_line(lines, "Appears most with"));
  EXPECT_TRUE(has_line(lines, heading(schema::EntityKind::kPlace) + " (1)"));
  EXPECT_TRUE(has_line(lines, "  Gdańsk  2  place:\"=Gdańsk\""));
  EXPECT_EQ(lines.back(), "  2025-04-11  Baltic Wire         Harbour bridge opens");
}

}  // namespace
}  // namespace newsindex

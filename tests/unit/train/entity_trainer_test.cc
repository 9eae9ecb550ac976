// Training the entity model: reproducible for a given seed, and word dropout takes effect.
#include "entity_trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace newsindex {
namespace {

class EntityTrainerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("entity_trainer_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    std::ofstream corpus(dir_ / "train.jsonl");
    // Sentences written for this test, CoNLL-style (tokens joined by spaces).
    const char* people[] = {"Anna Kowalczyk", "Tomas Breuer", "Ines Marquardt", "Joel Vantanen"};
    const char* places[] = {"Gdansk", "Linz", "Tampere", "Porto"};
    for (int k = 0; k < 12; ++k) {
      const std::string person = people[k % 4], place = places[(k + 1) % 4];
      const std::string text = person + " said in " + place + " that Norvik Holdings would grow .";
      const auto place_at = person.size() + 9;
      const auto firm_at = place_at + place.size() + 6;
      corpus << R"({"text": ")" << text << R"(", "entities": [)"
             << R"({"start": 0, "end": )" << person.size() << R"(, "type": "PER"}, )"
             << R"({"start": )" << place_at << R"(, "end": )" << place_at + place.size()
             << R"(, "type": "LOC"}, )"
             << R"({"start": )" << firm_at << R"(, "end": )" << firm_at + 15
             << R"(, "type": "ORG"}]})"
             << "\n";
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string train(float word_dropout, const std::string& name, float elsewhere_dropout = 0.0f) {
    TrainingOptions options;
    options.epochs = 3;
    options.word_dropout = word_dropout;
    options.elsewhere_dropout = elsewhere_dropout;
    std::ostringstream log;
    train_entity_model(dir_ / "train.jsonl", dir_ / name, options, log);
    std::ifstream in(dir_ / name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  std::filesystem::path dir_;
};

TEST_F(EntityTrainerTest, TheSameDataAndSettingsGiveTheSameModelByteForByte) {
  const std::string first = train(0.1f, "a.model"), second = train(0.1f, "b.model");
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

TEST_F(EntityTrainerTest, WordDropoutChangesWhatTheModelLearns) {
  EXPECT_NE(train(0.0f, "plain.model"), train(0.5f, "dropout.model"));
}

TEST_F(EntityTrainerTest, HidingWhatTheArticleSaysElsewhereChangesWhatTheModelLearns) {
  // Each document names "Norvik Holdings" once only, so the training text needs a name that
  // comes back: the corpus's firm is named twice in the documents written below.
  std::ofstream corpus(dir_ / "train.jsonl", std::ios::app);
  for (int k = 0; k < 4; ++k) {
    corpus << R"({"text": "Lemberg Motors said on Monday . Lemberg Motors rose .", "entities": [)"
           << R"({"start": 0, "end": 14, "type": "ORG"}, {"start": 32, "end": 46, "type": "ORG"}]})"
           << "\n";
  }
  corpus.close();
  EXPECT_NE(train(0.0f, "plain.model"), train(0.0f, "hidden.model", 0.9f));
}

}  // namespace
}  // namespace newsindex

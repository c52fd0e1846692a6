package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The evaluation sets in testdata/eval are original articles written for
// the project by people other than the extractor's authors, each annotated
// by shared/eval/GUIDELINES.md before the extractor was run on it:
//
//   - dev1 … dev51: development sets, each the test set of one round and the
//     development set of a later one (so their figures are optimistic);
//   - any other directory with a gold.json (such as a new held-out "test"
//     set): not tuned on; held to defaultFloor until its figures are known.
//
// Every directory present is scored, so adding or retiring a set needs no
// change here. The floors sit a little under the figures recorded in
// docs/extraction.md, so a change that makes the extractor worse on news
// it was not written for fails here, not only in a later measurement.
type floor struct {
	entity, relation, aff float64
	mustNot               int // must-not entities tolerated (0 once a set has been tuned on)
	// negatives are negative relations tolerated: only where the set's
	// gold contradicts what most other sets annotate, or in a set just
	// added whose errors are not fixed yet, named in a comment
	negatives int
}

var setFloors = map[string]floor{
	// Round 29 raised every floor to its round-29 figure less 0.01 where
	// that is higher, and the must-not and negative tolerances to the
	// counts of round 29 where those are lower; rounds 30 to 34 did the
	// same with their own figures.
	// round 16: 0.971 / 0.928 / 0.806, no must-not.
	// round 18: 0.971 / 0.928 / 0.830, no must-not.
	// round 21: 0.971 / 0.933 / 0.830, no must-not.
	// round 22: 0.973 / 0.933 / 0.846, no must-not.
	"dev1": {0.97, 0.92, 0.83, 0, 0},
	// round 16: 0.929 / 0.955 / 0.750, no must-not.
	// round 18: 0.933 / 0.955 / 0.784, no must-not.
	// round 21: 0.940 / 0.960 / 0.784, no must-not.
	// round 22: 0.943 / 0.960 / 0.792, no must-not.
	"dev2": {0.95, 0.95, 0.83, 0, 0},
	// round 16: 0.939 / 0.927 / 0.772, no must-not.
	// round 18: 0.944 / 0.927 / 0.814, no must-not.
	// round 19: 0.953 / 0.940 / 0.831, no must-not.
	// round 23: 0.961 / 0.940 / 0.831, no must-not.
	"dev3": {0.97, 0.94, 0.85, 0, 0}, // the test set of round 3, tuned on in round 4; round 14: relation 0.927
	// round 16: 0.938 / 0.923 / 0.839, no must-not.
	// round 18: 0.951 / 0.923 / 0.875, no must-not.
	// round 19: 0.960 / 0.923 / 0.875, no must-not.
	// round 20: 0.960 / 0.923 / 0.884, no must-not.
	// round 22: 0.962 / 0.933 / 0.884, no must-not.
	// round 23: 0.978 / 0.943 / 0.884, no must-not.
	"dev4": {0.98, 0.94, 0.90, 0, 0}, // the test set of round 4, tuned on in round 5; round 12: relation 0.907
	// round 16: 0.885 / 0.880 / 0.822, no must-not.
	// round 18: 0.892 / 0.906 / 0.874, no must-not.
	// round 22: 0.901 / 0.912 / 0.882, no must-not.
	// round 23: 0.913 / 0.912 / 0.882, no must-not.
	"dev5": {0.95, 0.94, 0.91, 0, 0}, // the test set of round 5, tuned on in round 6
	// round 16: 0.923 / 0.882 / 0.709, no must-not.
	// round 18: 0.935 / 0.895 / 0.774, no must-not.
	// round 19: 0.941 / 0.892 / 0.779, no must-not.
	// round 20: 0.944 / 0.892 / 0.790, no must-not.
	// round 22: 0.950 / 0.897 / 0.795, no must-not.
	"dev6": {0.95, 0.92, 0.81, 0, 0}, // the held-out set of round 6, tuned on in round 7; round 14: relation 0.872
	// the held-out set of round 7, tuned on in round 8 (0.873 / 0.815 /
	// 0.663, no must-not; untuned it was 0.867 / 0.791 / 0.663, 3 must-not)
	// round 10: 0.880 / 0.886 / 0.684
	// round 14: 0.889 / 0.911 / 0.691
	// round 16: 0.894 / 0.915 / 0.698, no must-not.
	// round 18: 0.899 / 0.926 / 0.735, no must-not.
	// round 20: 0.899 / 0.926 / 0.741, no must-not.
	// round 22: 0.908 / 0.930 / 0.768, no must-not.
	// round 23: 0.915 / 0.933 / 0.768, no must-not.
	"dev7": {0.95, 0.95, 0.88, 0, 0},
	// never tuned on: measured once with the round-8 extractor (entity
	// 0.850 / relation 0.752 / affiliation 0.659, 6 must-not). Its floors
	// hold today's figures so that a change that makes unseen news worse
	// fails here; they are not a target to tune against.
	// round 9's extractor: 0.850 / 0.765 / 0.659, 6 must-not; round 10's:
	// 0.862 / 0.784 / 0.667; round 12's: 0.862 / 0.808 / 0.667; round
	// 13's: 0.862 / 0.812 / 0.667; round 14's: 0.869 / 0.822 / 0.667;
	// round 15's: 0.869 / 0.822 / 0.674.
	// round 16: 0.877 / 0.822 / 0.667, 3 must-not.
	// round 18: 0.892 / 0.836 / 0.725, 3 must-not.
	// round 20: 0.899 / 0.832 / 0.732, 3 must-not.
	// round 21: 0.901 / 0.844 / 0.732, 3 must-not.
	// round 22: 0.898 / 0.844 / 0.746, 3 must-not.
	// round 28: 0.913 / 0.851 / 0.766; round 29: 0.920 / 0.860 / 0.766,
	// 3 must-not; round 30: 0.925 / 0.860 / 0.766, 16/16 titles, 3
	// must-not; round 31: 0.925 / 0.868 / 0.766, 16/16, 3 must-not.
	"test": {0.91, 0.85, 0.75, 3, 0},
	// the held-out set of round 9, measured once untuned (0.868 / 0.750 /
	// 0.663, 2 must-not, 1 negative relation); tuned on in round 10
	// (0.875 / 0.835 / 0.663, the same must-not and negative relation).
	// round 14: 0.886 / 0.867 / 0.671, no negative relation left.
	// round 16: 0.889 / 0.867 / 0.693, no must-not.
	// round 18: 0.903 / 0.882 / 0.770, no must-not.
	// round 20: 0.915 / 0.886 / 0.777, no must-not.
	// round 22: 0.931 / 0.893 / 0.794, no must-not.
	// round 23: 0.938 / 0.903 / 0.794, no must-not.
	"dev8": {0.96, 0.94, 0.84, 0, 0},
	// the held-out set of round 10, measured once untuned (0.850 / 0.669 /
	// 0.676, 2 must-not, no negative relation, SANCTIONED recall 0.19);
	// tuned on in round 11 (0.863 / 0.739 / 0.676, SANCTIONED recall 0.41).
	// round 12 (sanctions frame): 0.863 / 0.778 / 0.676, recall 0.54.
	// round 14: 0.869 / 0.805 / 0.681.
	// round 16: 0.885 / 0.838 / 0.734, no must-not.
	// round 18: 0.900 / 0.853 / 0.786, no must-not.
	// round 20: 0.907 / 0.857 / 0.795, no must-not.
	// round 21: 0.909 / 0.860 / 0.795, no must-not.
	// round 22: 0.913 / 0.864 / 0.819, no must-not.
	"dev9": {0.94, 0.92, 0.83, 0, 0},
	// the held-out set of round 11, measured once untuned (0.879 / 0.683 /
	// 0.774, 1 must-not, 1 negative relation, SANCTIONED recall 0.14);
	// tuned on in round 12 (0.879 / 0.728 / 0.774, recall 0.30).
	// round 14: 0.895 / 0.814 / 0.777, SANCTIONED recall 0.46, no negative.
	// round 15: 0.895 / 0.823 / 0.794.
	// round 16: 0.901 / 0.853 / 0.794, no must-not.
	// round 18: 0.916 / 0.860 / 0.803, no must-not.
	// round 19: 0.925 / 0.867 / 0.803, no must-not.
	// round 22: 0.932 / 0.871 / 0.811, no must-not.
	"dev10": {0.95, 0.90, 0.82, 0, 0},
	// the held-out set of round 12, measured once untuned (0.895 / 0.609 /
	// 0.579, no must-not, 1 negative relation, SANCTIONED recall 0.22);
	// tuned on in round 13 (relation 0.633, MET recall 0.50).
	// round 14: 0.909 / 0.753 / 0.599, MET recall 0.82, SANCTIONED 0.38.
	// round 15: 0.909 / 0.753 / 0.612.
	// round 16: 0.924 / 0.782 / 0.658, no must-not.
	// round 18: 0.935 / 0.782 / 0.741, no must-not.
	// round 20: 0.943 / 0.790 / 0.756, no must-not.
	// round 21: 0.945 / 0.805 / 0.756, no must-not.
	// round 22: 0.948 / 0.814 / 0.771, no must-not.
	// round 23: 0.952 / 0.814 / 0.771, no must-not.
	"dev11": {0.97, 0.84, 0.86, 0, 0},
	// the held-out set of round 13, measured once untuned (0.884 / 0.762 /
	// 0.681, 4 must-not, 1 negative relation, MET recall 0.47).
	// tuned on in round 14: 0.927 / 0.897 / 0.710, MET recall 0.75,
	// SANCTIONED 0.85, no negative relation.
	// round 16: 0.936 / 0.902 / 0.719, no must-not.
	// round 18: 0.949 / 0.922 / 0.746, no must-not.
	// round 19: 0.951 / 0.933 / 0.746, no must-not.
	// round 22: 0.954 / 0.933 / 0.769, no must-not.
	"dev12": {0.96, 0.96, 0.80, 0, 0},
	// the held-out set of round 14, measured once untuned (round 13's
	// extractor 0.891 / 0.755 / 0.695, round 14's 0.902 / 0.795 / 0.710;
	// no must-not, no negative relation; MET recall 0.55, SANCTIONED 0.50).
	// round 15: 0.902 / 0.795 / 0.740.
	// round 16: 0.907 / 0.844 / 0.747, no must-not.
	// round 17: relation 0.881 (MET recall 0.74 -> 0.95).
	// round 18: 0.933 / 0.907 / 0.782, no must-not.
	// round 20: 0.940 / 0.907 / 0.789, no must-not.
	// round 21: 0.942 / 0.910 / 0.796, no must-not.
	"dev13": {0.96, 0.94, 0.82, 0, 0},
	// the held-out set of round 15, measured once untuned (round 14's
	// extractor 0.903 / 0.839 / 0.617, round 15's 0.903 / 0.839 / 0.632;
	// 4 must-not, no negative relation; affiliation recall 0.48).
	// round 16: 0.920 / 0.869 / 0.687, no must-not.
	// round 18: 0.924 / 0.874 / 0.738, no must-not.
	// round 20: 0.924 / 0.880 / 0.750, no must-not.
	// round 21: 0.935 / 0.874 / 0.766, no must-not.
	// round 23: 0.942 / 0.874 / 0.766, no must-not.
	"dev14": {0.96, 0.90, 0.82, 0, 0},
	// the held-out set of round 16, measured once untuned (round 15's
	// extractor 0.820 / 0.771 / 0.816, 5/12 titles, 31 must-not; round
	// 16's 0.862 / 0.800 / 0.816, 6/12 titles, 15 must-not; no negative
	// relation with either; MET recall 0.30 / 0.35).
	// round 17 (tuned on it: titles and furniture): 0.901 / 0.807 / 0.816,
	// 12/12 titles, no must-not.
	// round 18: 0.914 / 0.850 / 0.838, no must-not.
	// round 19: 0.921 / 0.850 / 0.838, no must-not.
	// round 20: 0.926 / 0.850 / 0.846, no must-not.
	// round 21: 0.932 / 0.857 / 0.853, no must-not.
	// round 22: 0.932 / 0.864 / 0.867, no must-not.
	"dev15": {0.96, 0.90, 0.90, 0, 0},
	// the held-out set of round 17, measured once untuned (round 16's and
	// round 17's extractors alike: 0.833 / 0.782 / 0.810, 6/10 titles, 6
	// must-not, 1 negative relation, MET recall 0.63); "held no talks"
	// then took the negative relation out (relation 0.787).
	// round 18: 0.929 / 0.953 / 0.884, 6 must-not.
	// round 20: 0.932 / 0.953 / 0.884, 6 must-not.
	// round 22: 0.943 / 0.953 / 0.892, 2 must-not.
	// round 23: 0.945 / 0.958 / 0.892, 1 must-not.
	"dev16": {0.95, 0.96, 0.95, 0, 0},
	// the held-out set written at the end of round 17, measured once
	// untuned (round 15's, 16's and 17's extractors: 0.830 / 0.830 /
	// 0.833, relation 0.849, affiliation 0.653 / 0.667 / 0.667, titles
	// 0/8, 1/8, 1/8; 5 must-not, no negative relation).
	// round 18: 0.942 / 0.941 / 0.906, 4 must-not.
	// round 22: 0.960 / 0.955 / 0.906, no must-not.
	// round 23: 0.960 / 0.961 / 0.906, no must-not.
	"dev17": {0.96, 0.97, 0.92, 0, 0},
	// the held-out set written during round 18, measured once untuned
	// (round 17's extractor 0.812 / 0.933 / 0.541, 3/10 titles; round
	// 18's 0.824 / 0.933 / 0.591, 4/10 titles; 3 must-not and no negative
	// relation with both).
	// round 18: 0.892 / 0.933 / 0.715, no must-not.
	// round 20: 0.904 / 0.938 / 0.746, no must-not.
	// round 21: 0.906 / 0.944 / 0.746, no must-not.
	// round 22: 0.914 / 0.948 / 0.775, no must-not.
	// round 23: 0.931 / 0.948 / 0.785, no must-not.
	"dev18": {0.95, 0.96, 0.88, 0, 0},
	// the held-out set written at the end of round 18, measured once
	// untuned (round 17's extractor 0.820 / 0.806 / 0.629, 3/10 titles;
	// round 18's 0.833 / 0.817 / 0.667, 3/10; round 18b's 0.845 / 0.817 /
	// 0.667, 5/10; 2 must-not and no negative relation with each).
	// round 19: 0.880 / 0.939 / 0.679, 2 must-not.
	// round 20: 0.880 / 0.939 / 0.691, 2 must-not.
	// round 22: 0.902 / 0.944 / 0.730, no must-not.
	"dev19": {0.96, 0.97, 0.78, 0, 0},
	// the held-out set written during round 19, measured once untuned
	// (round 17's extractor 0.789 / 0.816 / 0.642, 2/10 titles, 4
	// must-not; round 18b's and round 19's 0.802 / 0.812 / 0.673, 5/10, 3
	// must-not; no negative relation with any).
	// round 20: 0.821 / 0.818 / 0.690, 3 must-not.
	// round 21: 0.824 / 0.831 / 0.690, 3 must-not.
	// round 22: 0.857 / 0.837 / 0.735, no must-not.
	// round 23: 0.860 / 0.837 / 0.735, no must-not.
	"dev20": {0.92, 0.91, 0.84, 0, 0},
	// the held-out set written during round 20, measured once untuned
	// (round 17's extractor 0.869 / 0.778 / 0.614, 1/10 titles; round
	// 18b's 0.887 / 0.782 / 0.674, 6/10; rounds 19 and 20 0.892 / 0.791 /
	// 0.674, 7/10; 1 must-not and no negative relation with each).
	// round 22: 0.910 / 0.844 / 0.702, no must-not.
	"dev21": {0.95, 0.90, 0.82, 0, 0},
	// the held-out set written during round 21, measured once untuned
	// (round 17's extractor 0.779 / 0.725 / 0.653, 7/10 titles, 8
	// must-not; round 20's and 21's 0.827 / 0.732 / 0.757, 9/10, 9
	// must-not; 2 negative relations with each: alleged meetings, fixed
	// after the measurement, relation 0.740).
	// round 22: 0.854 / 0.753 / 0.777, 4 must-not.
	"dev22": {0.93, 0.86, 0.92, 1, 0},
	// the held-out set written during round 22, measured once untuned
	// (round 17's extractor 0.846 / 0.751 / 0.679, 5/10 titles; round
	// 21's 0.870 / 0.773 / 0.732, 7/10; round 22's 0.874 / 0.773 / 0.765,
	// 7/10; 2 must-not and 2 negative relations with each: a meeting only
	// floated and travel restrictions announced removed, fixed after the
	// measurement, relation 0.782).
	// round 23: 0.884 / 0.793 / 0.776, 2 must-not.
	"dev23": {0.95, 0.88, 0.86, 0, 0},
	// the held-out set written during round 23, measured once untuned
	// (round 17's extractor 0.845 / 0.743 / 0.574, 3/10 titles; round
	// 21's 0.857 / 0.750 / 0.619, 6/10; round 22's 0.862 / 0.772 / 0.626,
	// 7/10; round 23's 0.872 / 0.783 / 0.626, 7/10; 2 must-not and 3
	// negative relations. A meeting put on hold and a reported call both
	// sides denied in the next sentence were fixed after the measurement
	// (relation 0.791). The third is tolerated: "banned imports from
	// several Philippine fruit exporters" gives China → Philippines, as
	// bans on a demonym's exporters do in dev5 and dev12's gold; this
	// set's gold lists that pair as negative, for a later restriction
	// only hinted at).
	"dev24": {0.94, 0.89, 0.76, 0, 1},
	// the held-out set written at the end of round 23, measured once
	// untuned (round 17's extractor 0.817 / 0.794 / 0.568, 2/10 titles, 7
	// must-not; round 21's 0.838 / 0.804 / 0.653, 6/10, 5; round 22's
	// 0.849 / 0.809 / 0.680, 6/10, 4; round 23's 0.851 / 0.809 / 0.680,
	// 6/10, 4; no negative relation with any). Two title furniture kinds
	// added after the measurement give 8/10.
	"dev25": {0.95, 0.91, 0.86, 1, 0},
	// the first held-out set written during round 24, measured once
	// untuned (round 17's extractor 0.802 / 0.750 / 0.588, 2/10 titles;
	// round 21's 0.836 / 0.765 / 0.685, 3/10; round 22's 0.845 / 0.765 /
	// 0.709, 5/10; round 23's 0.847 / 0.769 / 0.709, 6/10; round 24's
	// 0.850 / 0.767 / 0.697, 7/10; 0-2 must-not; 1-2 negative
	// relations). Round 24's city list made "Cebu" a place before its
	// governor's title, fixed after the measurement (0.850 / 0.773 /
	// 0.709). The negative relation left, the customs sense of "declared"
	// in "the firm had declared oil worth …" giving the firm a statement,
	// was fixed in round 28.
	"dev26": {0.91, 0.83, 0.87, 0, 0},
	// the second held-out set written during round 24, measured once
	// untuned (round 17's extractor 0.774 / 0.738 / 0.626, 3/10 titles, 6
	// must-not; round 21's 0.821 / 0.769 / 0.717, 6/10, 6; round 22's
	// 0.827 / 0.773 / 0.729, 6/10, 5; round 23's 0.831 / 0.773 / 0.729,
	// 7/10, 5; round 24's 0.840 / 0.777 / 0.729, 8/10, 4; 2 negative
	// relations with each). "has said nothing in public" was fixed after
	// the measurement (relation 0.781). The one left, a spokeswoman who
	// "declined to comment on the case, saying ..." (a negative SAID in
	// the gold), was fixed in round 28: a refusal before ", saying" makes
	// no statement.
	"dev27": {0.93, 0.89, 0.86, 0, 0},
	// the first held-out set written during round 25, measured once
	// untuned (round 17's extractor stopped with a stack overflow on one
	// article, fixed since; round 21's 0.846 / 0.810 / 0.706, 6/10
	// titles; round 22's 0.854 / 0.821 / 0.736, 7/10; round 23's 0.856 /
	// 0.821 / 0.736, 8/10; round 24's 0.872 / 0.824 / 0.748, 8/10; round
	// 25's 0.877 / 0.824 / 0.766, 9/10; 1 must-not and 1 negative
	// relation with each). The negative, a meeting that "had been
	// scheduled" and was postponed, read through the auxiliary "had",
	// was fixed after the measurement (relation 0.828).
	"dev28": {0.94, 0.90, 0.90, 0, 0},
	// the second held-out set written during round 25, measured once
	// untuned (round 17's extractor 0.807 / 0.771 / 0.621, 3/10 titles, 6
	// must-not; round 21's 0.825 / 0.768 / 0.709, 7/10, 6; rounds 22-24
	// 0.832-0.835 / 0.775-0.779 / 0.743, 7/10, 5; round 25's 0.846 /
	// 0.779 / 0.765, 8/10, 3; 1 negative relation with each: "had asked
	// for a meeting", fixed after the measurement, relation 0.783).
	"dev29": {0.91, 0.88, 0.84, 0, 0},
	// the first held-out set written during round 26, measured once
	// untuned (round 21's 0.904 / 0.832 / 0.667, 7/10 titles, 3 must-not,
	// 1 negative relation; round 22's 0.910 / 0.832 / 0.673; round 23's
	// 0.915 / 0.842 / 0.673; round 24's 0.920 / 0.847 / 0.722, each 7/10,
	// 3, 1; round 25's 0.920 / 0.856 / 0.722, 7/10, 3, none; round 26's
	// 0.922 / 0.856 / 0.734, 8/10, 2 must-not, no negative).
	"dev30": {0.94, 0.90, 0.78, 1, 0},
	// the second held-out set written during round 26, measured once
	// untuned (round 21's 0.857 / 0.746 / 0.719, 7/10 titles; round 22's
	// and 23's 0.862 / 0.753 / 0.748, 9/10; round 24's 0.867 / 0.768 /
	// 0.769; round 25's 0.872 / 0.789 / 0.769; round 26's 0.879 / 0.789 /
	// 0.780, 9/10; 3 must-not and no negative relation with each).
	"dev31": {0.95, 0.91, 0.86, 0, 0},
	// the first held-out set written during round 27, measured once
	// untuned (round 21's 0.856 / 0.762 / 0.712, 5/10 titles, 5 must-not;
	// rounds 22-24 0.860-0.870 / 0.768-0.772 / 0.723-0.733, 6/10, 2;
	// round 25's 0.881 / 0.782 / 0.744, 8/10; rounds 26 and 27 0.886 /
	// 0.782 / 0.764, 8/10, 2 must-not; 3 negative relations with each: a
	// firm that "did not respond", a sanction only "under active
	// consideration"). Round 28 fixed the sanction (two pairs); the one
	// tolerated is a gold call: the firm "which says it has lost orders"
	// makes a statement by GUIDELINES.md, but its gold SAID is negative
	// because it did not respond to the reporter.
	"dev32": {0.95, 0.90, 0.82, 1, 1},
	// the second held-out set written during round 27, measured once
	// untuned (round 21's 0.822 / 0.790 / 0.628, 7/10 titles; rounds 22-25
	// 0.833-0.842 / 0.796 / 0.661-0.688; round 26's 0.850 / 0.808 /
	// 0.714; round 27's 0.852 / 0.812 / 0.724, 7/10; 1 must-not and no
	// negative relation with each).
	"dev33": {0.93, 0.86, 0.79, 0, 0},
	// the first held-out set written during round 28, measured once
	// untuned (round 21's 0.866 / 0.743 / 0.756, 5/10 titles; rounds 22-23
	// 0.869-0.871 / 0.743 / 0.766, 6-7/10; rounds 24-27 0.878-0.882 /
	// 0.752 / 0.766, 7-9/10; round 28's 0.886 / 0.752 / 0.766, 9/10; 4
	// must-not and no negative relation with each).
	"dev34": {0.92, 0.87, 0.82, 0, 0},
	// the second held-out set written during round 28, measured once
	// untuned (round 21's 0.863 / 0.829 / 0.761, 5/10 titles, 6 must-not,
	// 3 negative relations; rounds 22-24 0.873-0.876 / 0.829-0.838 /
	// 0.793-0.803, 5-6/10, 5, 3; rounds 25-27 0.885-0.888 / 0.872 /
	// 0.814-0.824, 7/10, 4-5, 1; round 28's 0.903 / 0.877 / 0.824, 7/10,
	// 4 must-not, 1 negative relation: a meeting "cancelled" past a long
	// title, fixed after the measurement, relation 0.882).
	"dev35": {0.94, 0.93, 0.86, 2, 0},
	// the first held-out set written during round 29, measured once
	// untuned (round 21's 0.841 / 0.853 / 0.741, 8/10 titles, 4 must-not,
	// 1 negative relation; rounds 22-23 0.856-0.861 / 0.867-0.875 /
	// 0.775, 9/10; rounds 24-27 0.868-0.876 / 0.885-0.889 / 0.775-0.807,
	// 9/10, 3 must-not, no negative; round 28's 0.884 / 0.889 / 0.807;
	// round 29's 0.887 / 0.889 / 0.807, 9/10, 3 must-not, no negative).
	"dev36": {0.91, 0.93, 0.86, 3, 0},
	// the second held-out set written during round 29, measured once
	// untuned (round 21's 0.850 / 0.775 / 0.686, 7/10 titles, 4 must-not;
	// rounds 22-27 0.859-0.876 / 0.780-0.791 / 0.710-0.752, 9/10, 3
	// must-not; round 28's 0.882 / 0.791 / 0.764; round 29's 0.882 /
	// 0.798 / 0.764, 9/10, 3 must-not, no negative relation with each).
	"dev37": {0.94, 0.91, 0.85, 1, 0},
	// the first held-out set written during round 30, measured once
	// untuned (round 21's 0.836 / 0.746 / 0.716, 6/10 titles, 6 must-not,
	// 1 negative relation; rounds 22-24 0.846-0.863 / 0.750-0.771 /
	// 0.745-0.775, 7/10, 5 must-not, 1 negative; rounds 25-27 0.881-0.885
	// / 0.800-0.811 / 0.775-0.807, 8/10, 3-4 must-not, no negative; round
	// 28's 0.901 / 0.821 / 0.817; round 29's 0.903 / 0.825 / 0.817; round
	// 30's 0.909 / 0.825 / 0.817, 8/10, 3 must-not, no negative).
	"dev38": {0.94, 0.88, 0.88, 2, 0},
	// the second held-out set written during round 30, measured once
	// untuned (round 21's 0.856 / 0.829 / 0.631, 8/10 titles, 2 must-not,
	// 1 negative relation; rounds 22-24 0.854-0.870 / 0.839-0.848 /
	// 0.655-0.678, 1 negative; rounds 25-27 0.870-0.872 / 0.882 /
	// 0.678-0.689, 1-2 must-not, no negative; rounds 28-29 0.878 / 0.892 /
	// 0.700, 1 must-not; round 30's 0.883 / 0.892 / 0.700, 8/10, no
	// must-not, no negative).
	"dev39": {0.91, 0.94, 0.76, 0, 0},
	// the first held-out set written during round 31, measured once
	// untuned (round 21's 0.833 / 0.804 / 0.713, 6/10 titles, 4 must-not;
	// rounds 22-25 0.838-0.852 / 0.810-0.822 / 0.702-0.713, 7/10; rounds
	// 26-29 0.860-0.865 / 0.822-0.828 / 0.713, 3 must-not; round 30's
	// 0.870 / 0.828 / 0.724; round 31's 0.870 / 0.832 / 0.724, 7/10, 3
	// must-not, no negative relation with any).
	"dev40": {0.90, 0.87, 0.76, 3, 0},
	// the second held-out set written during round 31, measured once
	// untuned (round 21's 0.865 / 0.802 / 0.636, 5/10 titles, 6 must-not,
	// 1 negative relation; rounds 22-27 0.868-0.883 / 0.808 / 0.648, 6/10,
	// 4-6 must-not; rounds 28-29 0.883 / 0.813 / 0.673; round 30's 0.893 /
	// 0.811 / 0.673, 8/10, 4 must-not; round 31's 0.897 / 0.817 / 0.673,
	// 8/10, 4 must-not). Its one negative relation is made by every
	// extractor from round 21 on and is not fixed yet: it is tolerated
	// until a round tunes on the set.
	"dev41": {0.93, 0.89, 0.72, 2, 1},
	// the first held-out set written during round 32, measured once
	// untuned (round 21's 0.813 / 0.726 / 0.610, 9/10 titles, 6 must-not,
	// 1 negative relation; rounds 22-24 0.818-0.822 / 0.722 / 0.623-0.636,
	// 10/10, 5-6 must-not, 1 negative; rounds 25-27 0.835 / 0.735 / 0.636;
	// rounds 28-30 0.840 / 0.738 / 0.648; round 31's 0.845 / 0.744 /
	// 0.648; round 32's 0.845 / 0.744 / 0.673, 10/10, 5 must-not, no
	// negative relation). Round 33's page-foot headline boxes removed four
	// of the five must-not names.
	"dev42": {0.89, 0.79, 0.70, 0, 0},
	// the second held-out set written during round 32, measured once
	// untuned (round 21's 0.814 / 0.618 / 0.762, 7/10 titles, no must-not,
	// 2 negative relations; rounds 22-29 0.816-0.840 / 0.625-0.656 /
	// 0.762-0.800; round 30's 0.853 / 0.667 / 0.809, 8/10; round 31's
	// 0.860 / 0.673 / 0.809; round 32's 0.863 / 0.687 / 0.818, 8/10, 1
	// must-not, 2 negative relations). The two negative relations are made
	// by every extractor from round 21 on, and the must-not name (an
	// webinar sponsor in the page furniture, found since round 32's
	// trade words) is new; both are tolerated until a round tunes on the
	// set. Round 33 removed one of the two negative relations.
	"dev43": {0.88, 0.76, 0.82, 1, 1},
	// the first held-out set written during round 33, measured once
	// untuned (round 21's 0.824 / 0.736 / 0.726, 7/10 titles, 4 must-not,
	// 1 negative relation; rounds 22-29 0.827-0.847 / 0.736-0.740 /
	// 0.714-0.726, 1 must-not from round 23; rounds 30-31 0.857-0.859 /
	// 0.746 / 0.714; round 32's 0.857 / 0.743 / 0.714; round 33's 0.867 /
	// 0.739 / 0.719, 7/10, 1 must-not, 1 negative relation). The negative
	// relation (a meeting that did not happen) is made by every extractor
	// from round 21 on, and the must-not name (a name in the page
	// furniture) by every one from round 23; both are tolerated until a
	// round tunes on the set. Round 34 tuned on it and still makes both.
	"dev44": {0.90, 0.82, 0.77, 1, 1},
	// the second held-out set written during round 33, measured once
	// untuned (round 21's 0.871 / 0.727 / 0.683, 7/10 titles, 1 must-not,
	// 2 negative relations; rounds 22-28 0.876-0.883 / 0.727-0.740 /
	// 0.714-0.730, no negative from round 24, 8/10 from round 25; rounds
	// 29-31 0.888-0.897 / 0.750-0.757 / 0.730-0.740; round 32's 0.899 /
	// 0.774 / 0.740; round 33's 0.904 / 0.777 / 0.750, 8/10, 1 must-not,
	// no negative relation). The must-not name (a firm in the page
	// furniture) is found by every extractor from round 21 on and is
	// tolerated until a round tunes on the set. Round 34 tuned on it and
	// still finds it.
	"dev45": {0.92, 0.85, 0.77, 1, 0},
	// the first held-out set written during round 34, measured once
	// untuned (round 21's 0.829 / 0.761 / 0.655, 6/10 titles, 5 must-not;
	// rounds 22-29 0.829-0.859 / 0.761-0.786 / 0.678-0.684, 8/10 from
	// round 25, 3 must-not from round 26; rounds 30-33 0.868-0.870 /
	// 0.790-0.804 / 0.684-0.713; round 34's 0.870 / 0.804 / 0.746, 8/10,
	// 3 must-not, no negative relation). The three must-not names (page
	// furniture) are found by every extractor since round 26 and are
	// tolerated until a round tunes on the set.
	"dev46": {0.89, 0.82, 0.76, 3, 0},
	// the second held-out set written during round 34, measured once
	// untuned (round 21's 0.816 / 0.764 / 0.633, 7/10 titles, 5 must-not;
	// rounds 22-29 0.815-0.853 / 0.764-0.794 / 0.633-0.667, 3 must-not
	// from round 28; rounds 30-33 0.858-0.870 / 0.794-0.810 /
	// 0.661-0.667, 9/10 from round 30; round 34's 0.873 / 0.810 / 0.683,
	// 9/10, 3 must-not, no negative relation). The three must-not names
	// are tolerated until a round tunes on the set.
	"dev47": {0.89, 0.89, 0.70, 3, 0},
	// the held-out set written during round 35, measured once untuned
	// (round 21's 0.828 / 0.670 / 0.644, 7/10 titles, 2 must-not, 3
	// negative relations; rounds 22-33 0.844-0.885 / 0.673-0.739 /
	// 0.655-0.726, 9/10 from round 30, 2 negative from round 28; round
	// 34's and round 35's 0.889 / 0.743 / 0.730, 9/10, 2 must-not, 2
	// negative). The two must-not names (page furniture) and the two
	// negative relations are found by every extractor since round 28 and
	// are tolerated until a round tunes on the set.
	"dev48": {0.91, 0.83, 0.75, 2, 2},
	// the second held-out set written during round 35, measured once
	// untuned (round 21's 0.843 / 0.763 / 0.651, 6/10 titles, 5
	// must-not; rounds 22-33 0.851-0.894 / 0.772-0.812 / 0.672-0.741,
	// 7/10 from round 30, 2 must-not from round 30, 1 negative from round
	// 32; round 34's 0.894 / 0.812 / 0.735; round 35's 0.894 / 0.820 /
	// 0.735, 7/10, 2 must-not, 1 negative). The must-not names and the
	// negative relation are tolerated until a round tunes on the set.
	"dev49": {0.90, 0.83, 0.72, 2, 1},
	// the first held-out set written during round 36, measured once
	// untuned (round 21's 0.847 / 0.771 / 0.667, 4/10 titles, 5
	// must-not; rounds 22-34 0.863-0.907 / 0.771-0.821 / 0.691-0.780,
	// 7/10 from round 25, 2 must-not from round 26, no negative from
	// round 33; rounds 35 and 36 both 0.907 / 0.827 / 0.780, 7/10, 2
	// must-not). The two must-not names (page furniture) are tolerated
	// until a round tunes on the set.
	"dev50": {0.89, 0.81, 0.77, 2, 0},
	// the second held-out set written during round 36, measured once
	// untuned (round 21's 0.809 / 0.649 / 0.558, 5/10 titles, 4
	// must-not, 1 negative; rounds 22-34 0.814-0.871 / 0.649-0.698 /
	// 0.566-0.643, 7/10 from round 31, 1 must-not from round 26; rounds
	// 35 and 36 both 0.874 / 0.705 / 0.643, 7/10, 1 must-not, 1
	// negative). The must-not name and the negative relation are
	// tolerated until a round tunes on the set.
	"dev51": {0.86, 0.69, 0.63, 1, 1},
}

// defaultFloor holds a set that has no entry in setFloors (a new unseen
// set) to what every earlier set reached before it was tuned on.
var defaultFloor = floor{0.70, 0.55, 0.45, 0, 0}

func TestEvaluationSets(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "eval")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Skipf("%s not present: %v", root, err)
	}
	n := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join(root, d.Name())
		gold := filepath.Join(dir, "gold.json")
		if _, err := os.Stat(gold); err != nil {
			continue
		}
		n++
		f, ok := setFloors[d.Name()]
		if !ok {
			f = defaultFloor
		}
		t.Run(d.Name(), func(t *testing.T) {
			g, err := LoadGold(gold)
			if err != nil {
				t.Fatal(err)
			}
			res, err := ExtractDir(g, dir, extract)
			if err != nil {
				t.Fatal(err)
			}
			if len(res) != len(g.Documents) {
				t.Errorf("%d of %d articles extracted", len(res), len(g.Documents))
			}
			rep := Score(g, res)
			// a held-out set shows figures only: the names it holds would
			// tell whoever reads a failure what to tune on
			held := !strings.HasPrefix(d.Name(), "dev")
			lines := rep.Summary()
			if held {
				lines = rep.Figures()
			}
			for _, l := range lines {
				t.Log(l)
			}
			if v := rep.EntityAll.F1(); v < f.entity {
				t.Errorf("entity F1 = %.3f, want >= %.2f", v, f.entity)
			}
			if v := rep.RelationAll.F1(); v < f.relation {
				t.Errorf("relation F1 = %.3f, want >= %.2f", v, f.relation)
			}
			if v := rep.Affiliation.F1(); v < f.aff {
				t.Errorf("affiliation F1 = %.3f, want >= %.2f", v, f.aff)
			}
			mustNot, negatives := any(rep.MustNot), any(rep.Negatives)
			if held {
				mustNot, negatives = len(rep.MustNot), len(rep.Negatives)
			}
			if len(rep.MustNot) > f.mustNot {
				t.Errorf("must-not entities found: %v (%d tolerated)", mustNot, f.mustNot)
			}
			// a planned meeting or a threatened sanction taken as done is
			// the error the graph can least afford, on any set
			if len(rep.Negatives) > f.negatives {
				t.Errorf("negative relations found: %v (%d tolerated)", negatives, f.negatives)
			}
		})
	}
	// the development sets are part of the repository: losing one is a
	// mistake, not a reason to skip
	for name := range setFloors {
		if _, err := os.Stat(filepath.Join(root, name, "gold.json")); err != nil {
			t.Errorf("development set %s missing: %v", name, err)
		}
	}
	if n == 0 {
		t.Skip("no evaluation sets present")
	}
}

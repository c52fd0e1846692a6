package web

// PoisonReleasedAnswers makes every pooled answer body read as X's once
// given back, until restore is called: a body used after its release shows.
func PoisonReleasedAnswers() (restore func()) {
	poisonReleased = true
	return func() { poisonReleased = false }
}

// FillHeavySlots takes every slot of the server's expensive-read gate
// until release is called, as long exports would.
func FillHeavySlots(s *Server) (release func()) {
	for range cap(s.gate) {
		s.gate <- struct{}{}
	}
	return func() {
		for range cap(s.gate) {
			<-s.gate
		}
	}
}

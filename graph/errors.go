package graph

import (
	"errors"
	"fmt"
)

// Code classifies an error for callers that must react to it (the web layer
// maps codes to HTTP status in one place). Driver messages never leave this
// package inside an Error's Message.
type Code string

const (
	CodeInvalid     Code = "invalid"     // the caller's input is wrong
	CodeNotFound    Code = "not_found"   // no such entity, article, ...
	CodeConflict    Code = "conflict"    // the request contradicts stored state
	CodeUnavailable Code = "unavailable" // Neo4j cannot be reached now; retry later
	CodeTimeout     Code = "timeout"     // the query ran past its time-out and was stopped
	CodeInternal    Code = "internal"    // a bug or an unexpected database answer
)

// Error is an error with a Code and a message safe to show to a client.
type Error struct {
	Code    Code
	Message string
	Err     error // the cause, for logs only
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorCode returns the Code of the first *Error in err's chain, CodeInternal
// for any other error, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns the client-safe message of err.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

func errorf(code Code, cause error, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: cause}
}

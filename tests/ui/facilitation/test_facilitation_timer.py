"""The stage timer against a clock the test turns by hand: no sleeping, exact seconds."""

from __future__ import annotations

import pytest

from workshop.domain.model import Stage
from workshop.domain.timer import (
    DEFAULT_DURATIONS,
    StageTimer,
    durations_from_settings,
    format_remaining,
    settings_with_duration,
)
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.facilitation.timer_widget import UP_BACKGROUND, TimerWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# --- the model: wall-clock arithmetic ------------------------------------------------------


def test_the_countdown_follows_the_clock_not_ticks() -> None:
    clock = FakeClock()
    timer = StageTimer(10 * 60, clock)
    assert timer.remaining() == 600 and not timer.running and not timer.started
    timer.start()
    clock.advance(125.5)  # e.g. the app was minimised or busy the whole time
    assert timer.remaining() == pytest.approx(474.5)
    timer.pause()
    clock.advance(3600)  # paused time does not count
    assert timer.remaining() == pytest.approx(474.5)
    assert timer.started and not timer.running
    timer.toggle()
    clock.advance(474.5)
    assert timer.remaining() == pytest.approx(0) and timer.is_up()
    clock.advance(42)
    assert timer.remaining() == pytest.approx(-42)
    assert format_remaining(timer.remaining()) == "+0:42"


def test_more_time_counts_from_now_once_time_is_up() -> None:
    clock = FakeClock()
    timer = StageTimer(60, clock)
    timer.start()
    clock.advance(30)
    timer.add(60)
    assert timer.remaining() == pytest.approx(90)
    clock.advance(100)  # 10 s of overtime...
    timer.add(5 * 60)  # ...then five more minutes are five minutes from now
    assert timer.remaining() == pytest.approx(300)
    timer.reset()
    assert timer.remaining() == 60 and not timer.started
    timer.reset(25 * 60)
    assert timer.duration == 1500


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (600, "10:00"),
        (599.2, "10:00"),  # rounded up: 0:00 shows exactly when time is up
        (0.4, "0:01"),
        (0, "0:00"),
        (-0.4, "+0:00"),
        (-61, "+1:01"),
        (3725, "1:02:05"),
    ],
)
def test_the_countdown_text(seconds: float, shown: str) -> None:
    assert format_remaining(seconds) == shown


def test_timeboxes_come_from_the_settings_with_defaults() -> None:
    assert durations_from_settings({}) == DEFAULT_DURATIONS
    odd = {"timer": {"frame": 300, "draft": "long", "share": -5, "cluster": True}}
    durations = durations_from_settings(odd)
    assert durations[Stage.FRAME] == 300
    assert durations[Stage.DRAFT] == DEFAULT_DURATIONS[Stage.DRAFT]
    assert durations[Stage.SHARE] == 60  # clamped to a minute
    assert durations[Stage.CLUSTER] == DEFAULT_DURATIONS[Stage.CLUSTER]
    assert settings_with_duration({}, Stage.EVIDENCE, 900)["evidence"] == 900
    assert durations_from_settings({"timer": "nonsense"}) == DEFAULT_DURATIONS


# --- the controller in an open workshop ----------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def beeps() -> list[float]:
    return []


@pytest.fixture
def timer(window, clock, beeps) -> TimerController:
    controller = TimerController(window.session, clock=clock, parent=window)
    controller.beep = lambda: beeps.append(clock.now)
    return controller


def test_time_up_is_signalled_once_with_a_beep_and_a_flash(qtbot, timer, clock, beeps) -> None:
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    assert widget.display.text() == "10:00"
    assert widget.start_button.text() == "Start"
    widget.start_button.click()
    assert widget.start_button.text() == "Pause"
    clock.advance(9 * 60 + 30)
    timer.poll()
    assert widget.display.text() == "0:30"
    assert widget.display.state() == "warning"

    clock.advance(30)
    with qtbot.waitSignal(timer.time_up):
        timer.poll()
    assert beeps == [clock.now]
    assert widget.display.text() == "0:00"
    assert widget.display.state() == "up"
    background = widget.display.palette().color(widget.display.backgroundRole())
    assert background == UP_BACKGROUND  # flashing: on...
    clock.advance(0.5)
    timer.poll()
    background = widget.display.palette().color(widget.display.backgroundRole())
    assert background != UP_BACKGROUND  # ...and off
    clock.advance(20)
    timer.poll()
    assert widget.display.text() == "+0:20"
    assert beeps == [clock.now - 20.5]  # once only

    widget.plus_one.click()  # a minute from now, and the alarm is armed again
    assert widget.display.text() == "1:00"
    clock.advance(61)
    timer.poll()
    assert len(beeps) == 2


def test_the_display_polls_while_running_only(qtbot, timer, clock) -> None:
    timer.start()
    assert timer._poll.isActive()
    clock.advance(12)
    with qtbot.waitSignal(timer.updated, timeout=2000):
        pass  # the poll fires by itself; the time shown comes from the clock
    assert timer.remaining() == pytest.approx(588)
    timer.pause()
    assert not timer._poll.isActive()


def test_a_stage_change_brings_that_stages_timebox(window, timer, clock) -> None:
    assert timer.timebox() == DEFAULT_DURATIONS[Stage.FRAME]
    window.session.perform(lambda wf: wf.set_stage(Stage.DRAFT))
    assert timer.remaining() == DEFAULT_DURATIONS[Stage.DRAFT]

    timer.start()
    clock.advance(100)
    window.session.perform(lambda wf: wf.set_stage(Stage.VALIDATE))
    # A running timer keeps running through a stage change; reset takes the new timebox.
    assert timer.running
    assert timer.remaining() == pytest.approx(DEFAULT_DURATIONS[Stage.DRAFT] - 100)
    timer.reset()
    assert timer.remaining() == DEFAULT_DURATIONS[Stage.VALIDATE]


def test_a_stages_timebox_is_edited_and_saved(qtbot, window, timer) -> None:
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    widget.timebox.setValue(15)
    settings = window.session.snapshot().workshop.settings
    assert settings["timer"]["frame"] == 15 * 60
    assert widget.display.text() == "15:00"
    window.session.undo.undo()
    assert widget.display.text() == "10:00"
    assert widget.timebox.value() == 10


def test_the_workshop_menu_drives_the_timer(window, feature, clock) -> None:
    feature.timer.model._clock = clock  # the feature's own timer, on the test's clock
    actions = feature.actions
    assert actions.timer_toggle.shortcut().toString() == "Ctrl+T"
    assert actions.add_one.shortcut().toString() == "F7"
    assert actions.add_five.shortcut().toString() == "Shift+F7"
    actions.timer_toggle.trigger()
    assert actions.timer_toggle.text() == "&Pause Timer"
    clock.advance(60)
    actions.add_five.trigger()
    actions.add_one.trigger()
    assert feature.timer.remaining() == pytest.approx(15 * 60)
    assert feature.stage_panel.timer_widget.display.text() == "15:00"
    actions.timer_toggle.trigger()
    assert not feature.timer.running
    actions.timer_reset.trigger()
    assert feature.timer.remaining() == 600
    assert actions.timer_toggle.text() == "&Start Timer"


# --- the time left is kept with the workshop -------------------------------------------


def test_the_time_left_is_there_again_after_reopening(window, facilitation_of, monkeypatch) -> None:
    from workshop.ui.facilitation import stage_timer

    clock = FakeClock()
    monkeypatch.setattr(stage_timer, "default_clock", clock)
    path = str(window.session.workshop.path)

    def reopen():
        window.close_workshop()
        assert window.open_path(path)
        return facilitation_of(window).timer

    timer = reopen()
    assert timer.remaining() == 600 and not timer.model.started
    timer.start()
    clock.advance(125)
    timer.pause()
    timer = reopen()
    assert timer.remaining() == pytest.approx(475)
    assert not timer.running and timer.model.started  # paused: the button says Resume
    clock.advance(1000)  # closed time does not count
    assert timer.remaining() == pytest.approx(475)

    # Running when the workshop closes: what was left at closing.
    timer.start()
    clock.advance(75)
    timer = reopen()
    assert timer.remaining() == pytest.approx(400)
    # Minutes added and overtime come back too.
    timer.add_minutes(5)
    timer = reopen()
    assert timer.remaining() == pytest.approx(700)
    timer.start()
    clock.advance(742)
    timer.pause()
    timer = reopen()
    assert timer.remaining() == pytest.approx(-42) and timer.is_up()

    # Another stage starts from its own timebox; Reset is kept as a reset.
    facilitation_of(window).actions.go_next()
    timer = reopen()
    assert timer.remaining() == 25 * 60 and not timer.model.started

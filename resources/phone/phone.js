/* Persona Workshop: the phone page (issue 19).
 *
 * The participant picks their name, then adds notes (text, optionally a photo resized here
 * on the phone) and casts their dots while a voting round is open; the stage, its prompt and
 * the timer are always shown. Everything talks to the app on the laptop that served this
 * page (same origin, relative URLs): nothing else is ever fetched.
 *
 * Rules kept throughout: workshop data is only ever put in with textContent (a note that says
 * <b> shows <b>); no inline style or script (the server's Content-Security-Policy forbids
 * them); every word shown comes from words.js, in the page's language (STRINGS below).
 */
"use strict";

(function () {
  // ---------------------------------------------------------------------------------------
  // Words: the table of the page's language in words.js (PHONE_WORDS), the language being
  // <html lang>, which the app sets to its own when it serves index.html; English when
  // there is no table for it. Every key used here and in index.html's data-t attributes
  // is in every table.
  var WORDS = window.PHONE_WORDS || {};
  var LANGUAGE = pickLanguage(document.documentElement.lang);
  var STRINGS = WORDS[LANGUAGE] || {};
  var ENGLISH = WORDS.en || {};
  var pluralRules = null;
  document.documentElement.lang = LANGUAGE;

  function has(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key);
  }

  function pickLanguage(tag) {
    var code = String(tag || "")
      .toLowerCase()
      .split("-")[0];
    return has(WORDS, code) ? code : "en";
  }

  function fill(text, values) {
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return has(values, name) ? String(values[name]) : whole;
    });
  }

  function entry(key) {
    return has(STRINGS, key) ? STRINGS[key] : has(ENGLISH, key) ? ENGLISH[key] : key;
  }

  function t(key, values) {
    var text = entry(key);
    return fill(typeof text === "string" ? text : text.other, values);
  }

  // A sentence about `count` things, in the form the language uses for that number
  // ({"one", "other"}, …: Intl.PluralRules); {n} is the count, written as the language does.
  function tn(key, count, values) {
    var forms = entry(key);
    var text = forms;
    if (typeof forms !== "string") {
      var form = count === 1 ? "one" : "other";
      try {
        pluralRules = pluralRules || new Intl.PluralRules(LANGUAGE);
        form = pluralRules.select(count);
      } catch (e) {
        /* no Intl: one for 1, other otherwise */
      }
      text = has(forms, form) ? forms[form] : forms.other;
    }
    var all = { n: formatNumber(count) };
    for (var name in values || {}) all[name] = values[name];
    return fill(text, all);
  }

  // ---------------------------------------------------------------------------------------
  // Limits: the server's (docs/phone-api.md); the page only helps, the server decides.
  var NOTE_MAX = 2000;
  var PHOTO_MAX_BYTES = 2 * 1024 * 1024;
  var PHOTO_LONG_SIDE = 1600;
  var PHOTO_QUALITIES = [0.8, 0.65, 0.5, 0.35];
  var RECONNECT_FIRST_MS = 1000;
  var RECONNECT_MAX_MS = 30000;
  var JOIN_POLL_MS = 5000;
  // Taps on + and − within this time go to the app as one change (each change counts
  // against the phone's rate limit).
  var VOTE_SEND_DELAY_MS = 300;
  var TOP_NOTES = 3;

  // The page's own folder, /p/SECRET/, whatever the address bar says after it.
  var BASE = location.pathname.replace(/[^/]*$/, "");
  var STORE_PREFIX = "persona-workshop-phone:";
  var STORE_KEY = STORE_PREFIX + BASE;

  function $(id) {
    return document.getElementById(id);
  }

  function show(el, visible) {
    el.hidden = !visible;
  }

  function setText(el, text) {
    el.textContent = text == null ? "" : String(text);
  }

  function chars(text) {
    // Characters as the app counts them (code points: an emoji is one).
    return Array.from(text).length;
  }

  function formatNumber(n, options) {
    try {
      return n.toLocaleString(LANGUAGE, options);
    } catch (e) {
      return String(n);
    }
  }

  function applyStrings() {
    var nodes = document.querySelectorAll("[data-t]");
    for (var i = 0; i < nodes.length; i++) {
      setText(nodes[i], t(nodes[i].getAttribute("data-t")));
    }
    var labelled = document.querySelectorAll("[data-t-label]");
    for (var j = 0; j < labelled.length; j++) {
      labelled[j].setAttribute("aria-label", t(labelled[j].getAttribute("data-t-label")));
    }
    $("photo-img").alt = t("photoAlt");
  }

  // ---------------------------------------------------------------------------------------
  // Remembered on this phone: who I am here (per workshop link) and an unsent draft.
  // What earlier sessions left is forgotten: their links no longer work.
  function forgetOtherSessions() {
    try {
      var stale = [];
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf(STORE_PREFIX) === 0 && key !== STORE_KEY) stale.push(key);
      }
      stale.forEach(function (key) {
        localStorage.removeItem(key);
      });
    } catch (e) {
      /* no storage: nothing to forget */
    }
  }

  function loadSaved() {
    try {
      var raw = localStorage.getItem(STORE_KEY);
      var saved = raw ? JSON.parse(raw) : null;
      return saved && typeof saved === "object" ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function save(patch) {
    var saved = loadSaved();
    for (var key in patch) {
      if (patch[key] === null) delete saved[key];
      else saved[key] = patch[key];
    }
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(saved));
    } catch (e) {
      /* private mode or full: the page still works, it just forgets on reload */
    }
  }

  // ---------------------------------------------------------------------------------------
  // Talking to the app.
  function ApiError(status, message, path) {
    this.status = status;
    this.message = message;
    this.path = path;
  }

  function api(method, path, body) {
    var headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (session) headers["X-Phone-Token"] = session.token;
    var options = { method: method, headers: headers, cache: "no-store", credentials: "same-origin" };
    if (body !== undefined) options.body = JSON.stringify(body);
    return fetch(BASE + path, options).then(
      function (response) {
        return response.text().then(function (raw) {
          var data = null;
          try {
            data = raw ? JSON.parse(raw) : null;
          } catch (e) {
            data = null;
          }
          if (!response.ok) {
            var message =
              data && typeof data.error === "string" && data.error
                ? data.error
                : t("httpError", { status: response.status });
            throw new ApiError(response.status, message, path);
          }
          return data;
        });
      },
      function () {
        throw new ApiError(0, t("offline"), path);
      }
    );
  }

  // What every failed call has in common: a dead link ends the page, a forgotten token
  // asks for the name again. Returns true when it handled the error. (A 403 to anything
  // but the state may be a refusal of that request alone: the caller shows its reason,
  // and the state says whether the link itself still works.)
  function handleCommonError(error) {
    if (error.status === 403) {
      if (error.path === "api/state") {
        endPage(t("deadTitle"), t("deadText"));
        return true;
      }
      api("GET", "api/state").then(applyState, function (again) {
        if (again.status === 403) handleCommonError(again);
      });
      return false;
    }
    if (error.status === 401) {
      signOut(t("signInAgain"));
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------
  // State.
  var state = null;
  var session = null; // {token, participant: {id, name}}
  var ended = false;
  var socket = null;
  var reconnectDelay = RECONNECT_FIRST_MS;
  var reconnectTimer = null;
  var joinPoll = null;

  function start() {
    applyStrings();
    forgetOtherSessions();
    var saved = loadSaved();
    if (saved.token && saved.participant && saved.participant.id) {
      session = { token: saved.token, participant: saved.participant };
    }
    if (typeof saved.draft === "string") $("note-text").value = saved.draft;
    wire();
    updateCount();
    setInterval(renderTimer, 250);
    firstLoad();
  }

  function firstLoad() {
    api("GET", "api/state").then(
      function (data) {
        show($("loading"), false);
        applyState(data);
        if (session) enterWork();
        else enterJoin();
      },
      function (error) {
        if (handleCommonError(error)) return;
        setText($("loading"), error.message);
        scheduleReconnect();
      }
    );
  }

  function applyState(data) {
    if (!data || typeof data !== "object" || ended) return;
    var previousRound = state && state.round;
    state = data;
    setText($("workshop-title"), data.workshop);
    if (data.workshop) document.title = data.workshop + " · " + t("pageTitle");
    renderStage();
    setTimer(data.timer);
    renderPeople();
    if (session && Array.isArray(data.participants)) {
      var mine = data.participants.filter(function (p) {
        return p.id === session.participant.id;
      })[0];
      if (!mine) {
        // The facilitator removed this participant: pick again.
        signOut(t("signInAgain"));
        return;
      }
      if (mine.name !== session.participant.name) {
        session.participant = { id: mine.id, name: mine.name };
        save({ participant: session.participant });
        setText($("me-name"), mine.name);
      }
    }
    roundChanged(previousRound || null, data.round || null);
  }

  // ---------------------------------------------------------------------------------------
  // Stage and timer.
  function renderStage() {
    var stage = state.stage || null;
    show($("stage"), !!stage);
    if (!stage) return;
    setText($("stage-title"), stage.title);
    setText($("stage-prompt"), stage.prompt);
    show($("stage-prompt"), !!stage.prompt);
  }

  var timer = null; // {remaining, running, at}

  function setTimer(data) {
    if (!data || typeof data.remaining_seconds !== "number") {
      timer = null;
    } else {
      timer = { remaining: data.remaining_seconds, running: !!data.running, at: performance.now() };
    }
    renderTimer();
  }

  function renderTimer() {
    var box = $("timer");
    if (!timer || ended) {
      show(box, false);
      return;
    }
    show(box, true);
    var left = timer.remaining;
    if (timer.running) left -= (performance.now() - timer.at) / 1000;
    left = Math.max(0, Math.ceil(left));
    var text;
    if (left === 0 && timer.running) {
      text = t("timeUp");
    } else {
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      text = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      if (!timer.running) text += " " + t("paused");
    }
    var value = $("timer-value");
    if (value.textContent !== text) setText(value, text);
    box.classList.toggle("up", left === 0);
    box.classList.toggle("paused", !timer.running);
  }

  // ---------------------------------------------------------------------------------------
  // Joining.
  function enterJoin() {
    show($("work"), false);
    show($("join"), true);
    renderPeople(true);
    if (!joinPoll) {
      // Until they have joined there is no live connection: look for new names now and then.
      joinPoll = setInterval(function () {
        if (session || ended) return;
        api("GET", "api/state").then(applyState, function (error) {
          handleCommonError(error);
        });
      }, JOIN_POLL_MS);
    }
  }

  var shownPeople = null;

  function renderPeople(force) {
    if (!state || session) return;
    var list = $("people");
    var people = Array.isArray(state.participants) ? state.participants : [];
    show($("no-people"), people.length === 0);
    show($("new-person"), !!state.can_add_participant);
    // Redrawn only when the list changed: a redraw would take the focus off a name.
    var key = JSON.stringify(people);
    if (key === shownPeople && force !== true) return;
    shownPeople = key;
    var buttons = [];
    people.forEach(function (person) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "person";
      button.setAttribute("data-person-id", person.id);
      setText(button, person.name);
      button.addEventListener("click", function () {
        join({ participant_id: person.id }, button);
      });
      item.appendChild(button);
      buttons.push(item);
    });
    // Whoever had a name in focus (a screen reader, a keyboard) keeps it across the redraw.
    var focused = document.activeElement;
    var focusedId = focused && list.contains(focused) ? focused.getAttribute("data-person-id") : null;
    list.replaceChildren.apply(list, buttons);
    if (focusedId) {
      var again = list.querySelector('[data-person-id="' + cssEscape(focusedId) + '"]');
      if (again) again.focus();
    }
  }

  function join(body, button) {
    var error = $("join-error");
    setText(error, "");
    var buttons = document.querySelectorAll("#join button");
    buttons.forEach(function (b) {
      b.disabled = true;
    });
    if (button) setText(button, t("joining"));
    api("POST", "api/join", body).then(
      function (data) {
        session = { token: data.token, participant: data.participant };
        save({ token: data.token, participant: data.participant });
        $("new-name").value = "";
        enterWork();
      },
      function (failure) {
        buttons.forEach(function (b) {
          b.disabled = false;
        });
        renderPeople(true);
        if (handleCommonError(failure)) return;
        setText(error, failure.message);
      }
    );
  }

  function signOut(message) {
    session = null;
    save({ token: null, participant: null });
    closeSocket();
    if (ended) return;
    enterJoin();
    setText($("join-error"), message || "");
  }

  // ---------------------------------------------------------------------------------------
  // Signed in.
  function enterWork() {
    if (ended) return;
    if (joinPoll) {
      clearInterval(joinPoll);
      joinPoll = null;
    }
    show($("join"), false);
    show($("work"), true);
    setText($("me-name"), session.participant.name);
    connect();
    if (state && state.round) loadMyDots();
  }

  function selectTab(name) {
    ["note", "vote"].forEach(function (which) {
      var tab = $("tab-" + which);
      var selected = which === name;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      tab.tabIndex = selected ? 0 : -1;
      show($("pane-" + which), selected);
    });
  }

  // ---------------------------------------------------------------------------------------
  // Notes.
  function updateCount() {
    var n = chars($("note-text").value);
    var over = n - NOTE_MAX;
    var count = $("note-count");
    setText(
      count,
      over > 0
        ? t("countOver", { n: formatNumber(n), max: formatNumber(NOTE_MAX), over: formatNumber(over) })
        : t("count", { n: formatNumber(n), max: formatNumber(NOTE_MAX) })
    );
    count.classList.toggle("over", over > 0);
    $("note-text").setAttribute("aria-invalid", over > 0 ? "true" : "false");
  }

  var photo = null; // {dataUrl, bytes, previewUrl}
  var photoBusy = false;

  function onPhotoChosen() {
    var input = $("photo-input");
    var file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    clearPhoto();
    photoBusy = true;
    setText($("photo-status"), t("photoWorking"));
    shrinkPhoto(file).then(
      function (result) {
        photoBusy = false;
        photo = result;
        $("photo-img").src = result.previewUrl;
        show($("photo-preview"), true);
        setText($("photo-status"), t("photoReady", { size: formatSize(result.bytes) }));
      },
      function (error) {
        photoBusy = false;
        setText($("photo-status"), "");
        setText($("note-error"), error && error.message ? error.message : t("photoFailed"));
      }
    );
  }

  function formatSize(bytes) {
    if (bytes >= 1024 * 1024) {
      var mb = formatNumber(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return t("sizeMB", { n: mb });
    }
    return t("sizeKB", { n: formatNumber(Math.max(1, Math.round(bytes / 1024))) });
  }

  function decode(file) {
    if (window.createImageBitmap) {
      return createImageBitmap(file, { imageOrientation: "from-image" }).catch(function () {
        return decodeWithImage(file);
      });
    }
    return decodeWithImage(file);
  }

  function decodeWithImage(file) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(file);
      var image = new Image();
      image.onload = function () {
        URL.revokeObjectURL(url);
        resolve(image);
      };
      image.onerror = function () {
        URL.revokeObjectURL(url);
        reject(new Error(t("photoFailed")));
      };
      image.src = url;
    });
  }

  function toBlob(canvas, quality) {
    return new Promise(function (resolve, reject) {
      canvas.toBlob(
        function (blob) {
          if (blob) resolve(blob);
          else reject(new Error(t("photoFailed")));
        },
        "image/jpeg",
        quality
      );
    });
  }

  function readDataUrl(blob) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        resolve(reader.result);
      };
      reader.onerror = function () {
        reject(new Error(t("photoFailed")));
      };
      reader.readAsDataURL(blob);
    });
  }

  // The photo as a JPEG at most PHOTO_LONG_SIDE pixels on its long side, made smaller
  // (lower quality) until it is within the app's limit.
  function shrinkPhoto(file) {
    if (file.type && file.type.indexOf("image/") !== 0) {
      return Promise.reject(new Error(t("photoFailed")));
    }
    return decode(file).then(function (image) {
      var width = image.width;
      var height = image.height;
      if (!width || !height) throw new Error(t("photoFailed"));
      var scale = Math.min(1, PHOTO_LONG_SIDE / Math.max(width, height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      var context = canvas.getContext("2d");
      context.fillStyle = "#ffffff"; // a transparent PNG becomes white, not black
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      if (image.close) image.close();
      var attempt = function (index) {
        return toBlob(canvas, PHOTO_QUALITIES[index]).then(function (blob) {
          if (blob.size > PHOTO_MAX_BYTES) {
            if (index + 1 < PHOTO_QUALITIES.length) return attempt(index + 1);
            throw new Error(t("photoTooBig"));
          }
          return readDataUrl(blob).then(function (dataUrl) {
            return { dataUrl: dataUrl, bytes: blob.size, previewUrl: URL.createObjectURL(blob) };
          });
        });
      };
      return attempt(0);
    });
  }

  function clearPhoto() {
    if (photo && photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    photo = null;
    $("photo-img").removeAttribute("src");
    show($("photo-preview"), false);
    setText($("photo-status"), "");
  }

  function sendNote(event) {
    event.preventDefault();
    var textarea = $("note-text");
    var text = textarea.value.trim();
    var error = $("note-error");
    setText(error, "");
    setText($("note-sent"), "");
    if (photoBusy) return;
    var over = chars(text) - NOTE_MAX;
    if (over > 0) {
      setText(error, tn("tooLong", over));
      textarea.focus();
      return;
    }
    if (!text && !photo) {
      setText(error, t("emptyNote"));
      textarea.focus();
      return;
    }
    var body = { text: text };
    if (photo) body.photo = photo.dataUrl;
    var button = $("send");
    button.disabled = true;
    setText(button, t("sending"));
    api("POST", "api/notes", body).then(
      function () {
        button.disabled = false;
        setText(button, t("send"));
        textarea.value = "";
        save({ draft: null });
        updateCount();
        var hadPhoto = !!photo;
        clearPhoto();
        var shown = text || t("sentPhoto");
        setText($("note-sent"), t("sent", { text: shown }));
        var item = document.createElement("li");
        setText(item, hadPhoto && text ? text + " " + t("sentPhoto") : shown);
        var list = $("sent-list");
        list.insertBefore(item, list.firstChild);
        show($("sent-title"), true);
        textarea.focus();
      },
      function (failure) {
        button.disabled = false;
        setText(button, t("send"));
        if (handleCommonError(failure)) return;
        // The text (and photo) stay where they are, to send again.
        setText(error, failure.message);
      }
    );
  }

  // ---------------------------------------------------------------------------------------
  // Voting. `dots` is what the page shows (item ids, one per dot, repeats allowed); it is
  // sent whole (PUT replaces the set) one request at a time, the latest wins.
  function freshVote(roundId) {
    return { roundId: roundId, closed: false, dots: [], confirmed: [], inFlight: false, dirty: false, timer: null };
  }

  var vote = freshVote(null);

  function roundChanged(before, after) {
    var pane = $("pane-vote");
    if (after && (!before || before.id !== after.id)) {
      // A new round: my dots start from the server's.
      if (vote.timer) clearTimeout(vote.timer);
      vote = freshVote(after.id);
      vote.closed = after.is_open === false;
      setText($("vote-error"), "");
      if (session && !vote.closed) {
        loadMyDots();
        if (pane.hidden) setText($("announce"), t("votingOpen", { name: after.name }));
      }
    } else if (after && after.is_open === false && !vote.closed) {
      // The facilitator ended the round: the dots stay on screen, frozen, with a message.
      setText($("announce"), t("roundClosed"));
      vote.closed = true;
    } else if (!after && before && vote.roundId === before.id) {
      // The round is gone (deleted, or a server that drops ended rounds): the same.
      if (!vote.closed) setText($("announce"), t("roundClosed"));
      vote.closed = true;
      state.round = before;
    }
    renderRound();
  }

  function loadMyDots() {
    var round = state && state.round;
    if (!round || !session || vote.closed) return;
    var roundId = round.id;
    api("GET", "api/votes").then(
      function (data) {
        if (data && data.round_id === roundId && !vote.inFlight && !vote.dirty) acceptDots(data);
      },
      function (error) {
        if (handleCommonError(error)) return;
        if (error.status === 409) closeRound();
      }
    );
  }

  function acceptDots(data) {
    if (!data || data.round_id !== vote.roundId) return;
    vote.known = true;
    vote.confirmed = Array.isArray(data.dots) ? data.dots.slice() : [];
    vote.dots = vote.confirmed.slice();
    if (typeof data.remaining === "number") vote.serverRemaining = data.remaining;
    renderRound();
  }

  function closeRound() {
    if (!vote.closed) setText($("announce"), t("roundClosed"));
    vote.closed = true;
    renderRound();
  }

  function allowed() {
    var round = state && state.round;
    return round ? Number(round.dots_per_participant) || 0 : 0;
  }

  function countOf(itemId) {
    return vote.dots.filter(function (id) {
      return id === itemId;
    }).length;
  }

  function changeDot(itemId, delta) {
    if (vote.closed) return;
    setText($("vote-error"), "");
    if (delta > 0) {
      if (vote.dots.length >= allowed()) return;
      vote.dots.push(itemId);
    } else {
      var at = vote.dots.lastIndexOf(itemId);
      if (at < 0) return;
      vote.dots.splice(at, 1);
    }
    vote.serverRemaining = undefined;
    vote.dirty = true;
    renderRound();
    if (vote.timer) clearTimeout(vote.timer);
    var current = vote;
    vote.timer = setTimeout(function () {
      current.timer = null;
      if (current === vote) pushDots();
    }, VOTE_SEND_DELAY_MS);
  }

  // Sends the dots shown; one request at a time, and what changed meanwhile goes next.
  function pushDots() {
    if (vote.inFlight || vote.closed) return;
    vote.inFlight = true;
    vote.dirty = false;
    var roundId = vote.roundId;
    api("PUT", "api/votes", { round_id: roundId, item_ids: vote.dots.slice() }).then(
      function (data) {
        vote.inFlight = false;
        if (roundId !== vote.roundId) return;
        if (vote.dirty) {
          if (!vote.timer) pushDots();
          return;
        }
        acceptDots(data);
      },
      function (error) {
        vote.inFlight = false;
        if (roundId !== vote.roundId) return;
        vote.dirty = false;
        if (vote.timer) clearTimeout(vote.timer);
        vote.timer = null;
        vote.dots = vote.confirmed.slice();
        if (handleCommonError(error)) return;
        if (error.status === 409) {
          closeRound();
          return;
        }
        setText($("vote-error"), error.message);
        renderRound();
        if (error.status === 422) loadMyDots();
      }
    );
  }

  function renderRound() {
    var round = state && state.round;
    var open = !!round && !vote.closed;
    show($("no-round"), !round);
    show($("round"), !!round);
    show($("vote-badge"), open);
    setText($("vote-badge"), open ? t("badgeOpen") : "");
    if (!round) return;
    setText($("round-name"), round.name);
    setText($("round-hint"), round.target === "notes" ? t("roundOnNotes") : t("roundOnClusters"));
    show($("round-hint"), open);
    var closed = $("round-closed");
    show(closed, !open);
    setText(closed, open ? "" : t("roundClosed"));
    var total = allowed();
    var left = Math.max(0, total - vote.dots.length);
    if (typeof vote.serverRemaining === "number") left = vote.serverRemaining;
    var remaining = $("remaining");
    var line = !open
      ? vote.known
        ? tn("placed", vote.dots.length, { total: formatNumber(total) })
        : ""
      : left === 0
        ? t("remainingNone")
        : tn("remaining", left, { total: formatNumber(total) });
    if (remaining.textContent !== line) setText(remaining, line);
    remaining.setAttribute("data-left", String(left));
    show(remaining, !!line);
    renderItems(round, open, left);
  }

  function renderItems(round, open, left) {
    var list = $("items");
    var items = Array.isArray(round.items) ? round.items : [];
    var rows = items.map(function (item) {
      var mine = countOf(item.id);
      var row = document.createElement("li");
      row.className = "item" + (mine > 0 ? " chosen" : "");
      row.setAttribute("data-item-id", item.id);

      var text = document.createElement("div");
      text.className = "item-text";
      var title = document.createElement("h3");
      title.className = "item-title";
      setText(title, item.title);
      text.appendChild(title);
      var notes = Array.isArray(item.notes) ? item.notes.slice(0, TOP_NOTES) : [];
      if (notes.length) {
        var ul = document.createElement("ul");
        ul.className = "item-notes";
        notes.forEach(function (note) {
          var li = document.createElement("li");
          setText(li, typeof note === "string" ? note : note && note.text);
          ul.appendChild(li);
        });
        text.appendChild(ul);
      }
      var totals = round.totals && typeof round.totals === "object" ? round.totals : null;
      if (!open && totals) {
        var total = document.createElement("p");
        total.className = "item-total";
        setText(total, t("total", { n: formatNumber(Number(totals[item.id]) || 0) }));
        text.appendChild(total);
      }
      row.appendChild(text);

      var controls = document.createElement("div");
      controls.className = "dot-controls";
      var minus = document.createElement("button");
      minus.type = "button";
      minus.className = "dot-button minus";
      setText(minus, "−");
      minus.setAttribute("aria-label", t("removeDot", { title: item.title }));
      minus.disabled = !open || mine === 0;
      minus.addEventListener("click", function () {
        changeDot(item.id, -1);
      });
      var count = document.createElement("span");
      count.className = "dot-count";
      count.setAttribute("data-count", String(mine));
      var dots = document.createElement("span");
      dots.className = "dots";
      dots.setAttribute("aria-hidden", "true");
      for (var i = 0; i < mine; i++) {
        var dot = document.createElement("span");
        dot.className = "dot";
        dots.appendChild(dot);
      }
      var number = document.createElement("span");
      number.className = "dot-number";
      setText(number, String(mine));
      var words = document.createElement("span");
      words.className = "sr-only";
      setText(words, t("dotsHere", { n: mine }));
      number.setAttribute("aria-hidden", "true");
      count.appendChild(dots);
      count.appendChild(number);
      count.appendChild(words);
      var plus = document.createElement("button");
      plus.type = "button";
      plus.className = "dot-button plus";
      setText(plus, "+");
      plus.setAttribute("aria-label", t("addDot", { title: item.title }));
      plus.disabled = !open || left === 0;
      plus.addEventListener("click", function () {
        changeDot(item.id, 1);
      });
      controls.appendChild(minus);
      controls.appendChild(count);
      controls.appendChild(plus);
      row.appendChild(controls);
      return row;
    });
    // Keep focus on the same button across a redraw (a screen reader user pressing +).
    var focused = document.activeElement;
    var focusKey = null;
    if (focused && list.contains(focused)) {
      var owner = focused.closest("[data-item-id]");
      focusKey = owner ? [owner.getAttribute("data-item-id"), focused.classList.contains("plus")] : null;
    }
    list.replaceChildren.apply(list, rows);
    if (focusKey) {
      var again = list.querySelector(
        '[data-item-id="' + cssEscape(focusKey[0]) + '"] .' + (focusKey[1] ? "plus" : "minus")
      );
      if (again && !again.disabled) again.focus();
      else if (again) {
        var other = again.parentNode.querySelector(focusKey[1] ? ".minus" : ".plus");
        if (other && !other.disabled) other.focus();
      }
    }
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, "\\$&");
  }

  // ---------------------------------------------------------------------------------------
  // Live: the app pushes state, my dots and the end of the session.
  function connect() {
    if (!session || ended || socket) return;
    var scheme = location.protocol === "https:" ? "wss:" : "ws:";
    var url = scheme + "//" + location.host + BASE + "live?token=" + encodeURIComponent(session.token);
    var ws;
    try {
      ws = new WebSocket(url);
    } catch (e) {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.onopen = function () {
      reconnectDelay = RECONNECT_FIRST_MS;
      setConnection(true);
      // Whatever changed while we were away.
      api("GET", "api/state").then(applyState, function (error) {
        handleCommonError(error);
      });
    };
    ws.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      onMessage(message);
    };
    ws.onclose = function () {
      if (socket === ws) socket = null;
      if (ended || !session) return;
      setConnection(false);
      scheduleReconnect();
    };
  }

  function onMessage(message) {
    if (!message || typeof message !== "object") return;
    if (message.type === "state") {
      applyState(message.state && typeof message.state === "object" ? message.state : message);
    } else if (message.type === "votes") {
      var data = message.votes && typeof message.votes === "object" ? message.votes : message;
      if (!vote.inFlight && !vote.dirty) acceptDots(data);
    } else if (message.type === "closed") {
      endPage(t("endedTitle"), t("endedText"));
    }
  }

  function scheduleReconnect() {
    if (ended || reconnectTimer) return;
    var delay = reconnectDelay * (0.75 + Math.random() * 0.5);
    reconnectDelay = Math.min(RECONNECT_MAX_MS, reconnectDelay * 2);
    reconnectTimer = setTimeout(function () {
      reconnectTimer = null;
      if (!state) {
        firstLoad();
      } else {
        // Is the link still good? A 403 ends the page; otherwise reconnect.
        api("GET", "api/state").then(
          function (data) {
            applyState(data);
            connect();
          },
          function (error) {
            if (!handleCommonError(error)) scheduleReconnect();
          }
        );
      }
    }, delay);
  }

  function setConnection(live) {
    var el = $("connection");
    el.classList.toggle("live", live);
    setText(el, live ? t("live") : t("reconnecting"));
  }

  function closeSocket() {
    if (socket) {
      var ws = socket;
      socket = null;
      ws.onclose = null;
      ws.close();
    }
    setText($("connection"), "");
    $("connection").classList.remove("live");
  }

  function endPage(title, text) {
    if (ended) return;
    ended = true;
    closeSocket();
    if (reconnectTimer) clearTimeout(reconnectTimer);
    if (joinPoll) clearInterval(joinPoll);
    show($("loading"), false);
    show($("join"), false);
    show($("work"), false);
    show($("stage"), false);
    setText($("ended-title"), title);
    setText($("ended-text"), text);
    show($("ended"), true);
  }

  // ---------------------------------------------------------------------------------------
  function wire() {
    $("note-form").addEventListener("submit", sendNote);
    $("note-text").addEventListener("input", function () {
      updateCount();
      save({ draft: $("note-text").value || null });
    });
    $("photo-input").addEventListener("change", onPhotoChosen);
    $("photo-remove").addEventListener("click", clearPhoto);
    $("new-person").addEventListener("submit", function (event) {
      event.preventDefault();
      var name = $("new-name").value.trim();
      if (name) join({ new_name: name }, null);
    });
    $("not-me").addEventListener("click", function () {
      signOut("");
    });
    $("tab-note").addEventListener("click", function () {
      selectTab("note");
    });
    $("tab-vote").addEventListener("click", function () {
      selectTab("vote");
    });
    document.querySelector("[role=tablist]").addEventListener("keydown", function (event) {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      var next = $("tab-note").getAttribute("aria-selected") === "true" ? "vote" : "note";
      selectTab(next);
      $("tab-" + next).focus();
      event.preventDefault();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Makes kolo-v1.db: a database as Kolo's schema 1 left it (the agenda tables,
-- before saved templates), with one event in it.  The migration test opens a
-- copy and checks that it is brought up to date with nothing lost.
--   sqlite3 kolo-v1.db < kolo-v1.sql
PRAGMA application_id = 1263488079;
PRAGMA user_version = 1;
CREATE TABLE events (  id INTEGER PRIMARY KEY AUTOINCREMENT,  title TEXT NOT NULL,  venue TEXT NOT NULL DEFAULT '',  city TEXT NOT NULL DEFAULT '',  organizer TEXT NOT NULL DEFAULT '',  trainers TEXT NOT NULL DEFAULT '',  notes TEXT NOT NULL DEFAULT '',  archived INTEGER NOT NULL DEFAULT 0,  deleted INTEGER NOT NULL DEFAULT 0,  created INTEGER NOT NULL DEFAULT (strftime('%s', 'now')));
CREATE TABLE days (  id INTEGER PRIMARY KEY,  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,  position INTEGER NOT NULL,  date TEXT NOT NULL,  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),  end_minute INTEGER CHECK (end_minute BETWEEN 0 AND 1439));
CREATE INDEX days_by_event ON days (event_id, position);
CREATE TABLE modules (  id INTEGER PRIMARY KEY,  day_id INTEGER NOT NULL REFERENCES days (id) ON DELETE CASCADE,  position INTEGER NOT NULL,  title TEXT NOT NULL,  goal TEXT NOT NULL DEFAULT '');
CREATE INDEX modules_by_day ON modules (day_id, position);
CREATE TABLE activities (  id INTEGER PRIMARY KEY,  module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,  position INTEGER NOT NULL,  kind TEXT NOT NULL,  title TEXT NOT NULL,  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),  instructions TEXT NOT NULL DEFAULT '',  notes TEXT NOT NULL DEFAULT '',  materials TEXT NOT NULL DEFAULT '');
CREATE INDEX activities_by_module ON activities (module_id, position);

INSERT INTO events (id, title, venue, city, organizer, trainers, notes, created)
  VALUES (7, 'Орієнтація на клієнта', 'Обласна наукова бібліотека', 'Харків',
          'Харківська ОУНБ', 'Мар’яна Коваль' || char(10) || 'Олег Петренко', '', 1384156800);
INSERT INTO days (id, event_id, position, date, start_minute, end_minute)
  VALUES (1, 7, 0, '2013-11-11', 600, 1035), (2, 7, 1, '2013-11-12', 600, NULL);
INSERT INTO modules (id, day_id, position, title, goal)
  VALUES (1, 1, 0, 'Складові якісного обслуговування в бібліотеках', ''),
         (2, 2, 0, 'Робота з «трудними» та конфліктними ситуаціями', '');
INSERT INTO activities (id, module_id, position, kind, title, minutes)
  VALUES (1, 1, 0, 'input', 'Вступ', 30),
         (2, 1, 1, 'break', 'Кава-пауза', 15),
         (3, 2, 0, 'role-play', 'Рольова гра', 90);

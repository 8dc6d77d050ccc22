"""Purchasing (procedure §6.1): the catalogue's details, suppliers, purchase plans with
approval, purchase orders, receiving, and the Excel import and export."""
